import "server-only";
import type { Prisma } from "@/lib/server/db/generated/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { homeDossierApplications } from "@/lib/server/application/access";
import { readableAgreementApplications } from "@/lib/server/learning-agreement/access";

/**
 * The dossier pieces a user may read, as a query condition: a piece follows
 * the rule of the record it belongs to. The learning agreement's piece (its
 * signed copy) is read by the agreement's readers, the others by the readers
 * of the home dossier.
 */
export function readablePieces(user: CurrentUser): Prisma.DossierPieceWhereInput {
  return {
    OR: [
      { kind: { not: "LEARNING_AGREEMENT" }, application: homeDossierApplications(user) },
      { kind: "LEARNING_AGREEMENT", application: readableAgreementApplications(user) },
    ],
  };
}
