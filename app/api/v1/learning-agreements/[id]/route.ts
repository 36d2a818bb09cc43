import { defineRoute } from "@/lib/server/http/define-route";
import { getAgreementById } from "@/lib/server/learning-agreement/get-agreement";
import { toEwpLearningAgreement } from "@/lib/domain/learning-agreement/ewp";
import { AppError } from "@/lib/server/errors";

/** The agreement, its versions and signatures in the EWP omobility-las shape; the three parties and their coordinators only. */
export const GET = defineRoute<{ id: string }>({ access: "signed-in" }, async ({ params, user }) => {
  const agreement = await getAgreementById(user, params.id);
  if (!agreement) throw new AppError("not_found");
  return Response.json(toEwpLearningAgreement(agreement), { headers: { "Cache-Control": "private, no-store" } });
});
