import { defineRoute } from "@/lib/server/http/define-route";
import { getAgreementById } from "@/lib/server/learning-agreement/get-agreement";
import { learningAgreementJson } from "@/lib/domain/learning-agreement/agreement-json";
import { AppError } from "@/lib/server/errors";

/** The agreement, its versions and signatures as the portal's own JSON (not EWP: see `/ewp/omobility-las`); the three parties and their coordinators only. */
export const GET = defineRoute<{ id: string }>({ access: "signed-in" }, async ({ params, user }) => {
  const agreement = await getAgreementById(user, params.id);
  if (!agreement) throw new AppError("not_found");
  return Response.json(learningAgreementJson(agreement), { headers: { "Cache-Control": "private, no-store" } });
});
