import "server-only";
import type { Prisma } from "@/lib/server/db/generated/client";
import { db } from "@/lib/server/db/client";
import { hashLinkToken } from "@/lib/server/crypto/link-token";
import type { Refusal } from "@/lib/server/errors";

/** The invitation behind a link if it may still be used, else why not: as the accepting page and the acceptance read it. */
export async function openStaffInvitation(token: string, tx: Prisma.TransactionClient = db, now = new Date()) {
  const invitation = await tx.staffInvitation.findUnique({
    where: { tokenHash: hashLinkToken(token) },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      departmentId: true,
      partnerInstitutionId: true,
      locale: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
    },
  });
  const refusal: Refusal | null = !invitation
    ? "invitation_invalid"
    : invitation.revokedAt
      ? "invitation_revoked"
      : invitation.acceptedAt
        ? "invitation_used"
        : invitation.expiresAt <= now
          ? "invitation_expired"
          : null;
  return refusal ? { ok: false as const, refusal } : { ok: true as const, invitation: invitation! };
}
