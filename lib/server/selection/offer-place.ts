import "server-only";
import type { Prisma } from "@/lib/server/db/generated/client";
import { notify } from "@/lib/server/mail/notify";
import { formatDate } from "@/lib/i18n/format";

/**
 * Offers a place of a destination to a candidate, in the caller's
 * transaction: the place is counted as held, in the destination and its share
 * (the database refuses it beyond the places) and the student is e-mailed what they got and by when to answer.
 */
export async function offerPlace(
  tx: Prisma.TransactionClient,
  offer: {
    roundId: string;
    applicationId: string;
    partnerInstitutionId: string;
    /** The share of the destination's places, when the agreement splits them. */
    quotaId: string | null;
    answerBy: Date;
    manualReason?: string | null;
    student: { name: string; email: string; locale: "fr" | "en" };
  },
): Promise<void> {
  await tx.roundDestination.update({
    where: { roundId_partnerInstitutionId: { roundId: offer.roundId, partnerInstitutionId: offer.partnerInstitutionId } },
    data: { placesHeld: { increment: 1 } },
  });
  if (offer.quotaId) await tx.placeQuota.update({ where: { id: offer.quotaId }, data: { placesHeld: { increment: 1 } } });
  await tx.placeOffer.create({
    data: {
      applicationId: offer.applicationId,
      roundId: offer.roundId,
      partnerInstitutionId: offer.partnerInstitutionId,
      quotaId: offer.quotaId,
      answerBy: offer.answerBy,
      manualReason: offer.manualReason ?? null,
    },
  });
  const partner = await tx.partnerInstitution.findUniqueOrThrow({ where: { id: offer.partnerInstitutionId }, select: { name: true } });
  await notify(tx, offer.student, "placeOffered", {
    name: offer.student.name,
    destination: partner.name,
    date: formatDate(offer.answerBy, offer.student.locale),
  });
}

/** Ends an offer that held a place (declined, lapsed, released, or moved up to a better one): its place goes back to the destination and its share. */
export async function endOffer(
  tx: Prisma.TransactionClient,
  offer: { id: string; roundId: string; partnerInstitutionId: string; quotaId: string | null },
  state: "DECLINED" | "LAPSED" | "RELEASED" | "MOVED_UP",
  now: Date,
): Promise<void> {
  await tx.placeOffer.update({ where: { id: offer.id }, data: { state, answeredAt: now } });
  await tx.roundDestination.update({
    where: { roundId_partnerInstitutionId: { roundId: offer.roundId, partnerInstitutionId: offer.partnerInstitutionId } },
    data: { placesHeld: { decrement: 1 } },
  });
  if (offer.quotaId) await tx.placeQuota.update({ where: { id: offer.quotaId }, data: { placesHeld: { decrement: 1 } } });
}
