import { defineRoute } from "@/lib/server/http/define-route";
import { downloadResponse } from "@/lib/server/http/download";
import { openIncomingLetter } from "@/lib/server/incoming/get-incoming-status";
import { AppError } from "@/lib/server/errors";

/** Public, with the status link's token: the incoming student's acceptance letter, as it was e-mailed. */
export const GET = defineRoute<{ id: string }>({ access: "public" }, async ({ request, params }) => {
  const letter = await openIncomingLetter(params.id, new URL(request.url).searchParams.get("token") ?? "");
  if (!letter) throw new AppError("not_found");
  return downloadResponse(letter.stream, { contentType: letter.contentType, name: letter.originalName, inline: false, size: letter.size, etag: letter.sha256 });
});
