import { defineRoute } from "@/lib/server/http/define-route";
import { uploadBody } from "@/lib/server/http/upload-body";
import { uploadSignedCopy } from "@/lib/server/agreement/upload-signed-copy";

/** The agreement's copy signed by both institutions, a PDF; see `uploadBody` for the request's shape. */
export const POST = defineRoute<{ id: string }>({ access: "signed-in" }, async ({ request, params, user }) => {
  const { fileName, body } = uploadBody(request, "agreement.pdf");
  return Response.json(await uploadSignedCopy(user, { agreementId: params.id, fileName, body }), { status: 201 });
});
