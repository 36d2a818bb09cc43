import { defineRoute } from "@/lib/server/http/define-route";
import { uploadBody } from "@/lib/server/http/upload-body";
import { uploadForceMajeureEvidence } from "@/lib/server/grant/upload-force-majeure-evidence";

/** The institution's written report of a force majeure; see `uploadBody` for the request's shape. */
export const POST = defineRoute<{ id: string }>({ access: "signed-in" }, async ({ request, params, user }) => {
  const { fileName, body } = uploadBody(request, "report");
  return Response.json(await uploadForceMajeureEvidence(user, { applicationId: params.id, fileName, body }), { status: 201 });
});
