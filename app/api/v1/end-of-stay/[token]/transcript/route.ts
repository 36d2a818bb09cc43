import { defineRoute } from "@/lib/server/http/define-route";
import { uploadBody } from "@/lib/server/http/upload-body";
import { uploadHostTranscript } from "@/lib/server/end-of-stay/upload-host-transcript";

/** The host's own transcript as a PDF, through its single-use transcript link (the token is the only key); see `uploadBody` for the request's shape. */
export const POST = defineRoute<{ token: string }>({ access: "public" }, async ({ request, params }) => {
  const { fileName, body } = uploadBody(request, "transcript");
  return Response.json(await uploadHostTranscript(params.token, { fileName, body }), { status: 201 });
});
