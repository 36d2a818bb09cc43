import { getCurrentUser } from "@/lib/server/auth/session";
import { getAgreementById } from "@/lib/server/learning-agreements/get-agreement";
import { toEwpLearningAgreement } from "@/lib/domain/learning-agreement/ewp";

/** The agreement, its versions and signatures in the EWP omobility-las shape; the three parties and their coordinators only. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "unauthenticated" }, { status: 401 });
  const agreement = await getAgreementById(user, (await params).id);
  if (!agreement) return Response.json({ error: "not_found" }, { status: 404 });
  return Response.json(toEwpLearningAgreement(agreement), { headers: { "Cache-Control": "private, no-store" } });
}
