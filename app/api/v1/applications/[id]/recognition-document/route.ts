import { defineRoute } from "@/lib/server/http/define-route";
import { downloadResponse } from "@/lib/server/http/download";
import { recognitionDocument } from "@/lib/server/end-of-stay/recognition-document";
import { AppError } from "@/lib/server/errors";

/** The recognition document, in the reader's language (`?lang=fr|en`), for the student and the home coordinators once recorded. */
export const GET = defineRoute<{ id: string }>({ access: "signed-in" }, async ({ params, user, locale }) => {
  const pdf = await recognitionDocument(user, params.id, locale);
  if (!pdf) throw new AppError("not_found");
  return downloadResponse(Buffer.from(pdf), { contentType: "application/pdf", name: `recognition-${locale}.pdf` });
});
