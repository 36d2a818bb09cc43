import "server-only";
import { db } from "@/lib/server/db/client";
import type { Role } from "@/lib/server/db/generated/enums";
import { uniqueViolation } from "@/lib/server/db/unique-violation";
import { deliverSoon } from "@/lib/server/mail/outbox";
import type { InstitutionIdentity } from "@/lib/domain/institution-identity";
import { createStudentAccount } from "@/lib/server/user/create-student-account";
import { joinFromInvitation } from "@/lib/server/staff/join-from-invitation";
import { NO_PASSWORD } from "./password";

/** Why the portal refuses someone the identity provider accepted; each has a text under `auth.institutionRefusals`. */
export const INSTITUTION_REFUSALS = ["email_unverified", "not_invited", "deactivated", "other_person"] as const;
export type InstitutionRefusal = (typeof INSTITUTION_REFUSALS)[number];

type SignedIn = { id: string; email: string; name: string; role: Role; sessionVersion: number };
type Outcome = { ok: true; user: SignedIn } | { ok: false; refusal: InstitutionRefusal };

const SELECT = {
  id: true,
  email: true,
  name: true,
  role: true,
  sessionVersion: true,
  deactivatedAt: true,
  institutionSubject: true,
  studentNumber: true,
} as const;

/**
 * Turns a person the institution's identity provider signed in into a
 * portal account. Someone known by their provider identifier, or by the
 * same verified address, signs in to that account (linked on first use);
 * a pending staff invitation to the address becomes the account it
 * describes; a student is given a student account. Anyone else, including
 * a staff member nobody invited, is refused: the provider's word never
 * makes a staff account, and a deactivated account stays closed.
 */
export async function signInWithInstitution(identity: InstitutionIdentity, locale: "fr" | "en", retried = false): Promise<Outcome> {
  if (!identity.subject || !identity.email || !identity.emailVerified) return { ok: false, refusal: "email_unverified" };
  const { email, subject } = identity;
  try {
    const outcome = await db.$transaction(async (tx): Promise<Outcome> => {
      const known =
        (await tx.user.findUnique({ where: { institutionSubject: subject }, select: SELECT })) ??
        (await tx.user.findUnique({ where: { email }, select: SELECT }));
      if (known) {
        if (known.deactivatedAt) return { ok: false, refusal: "deactivated" };
        if (known.institutionSubject && known.institutionSubject !== subject) return { ok: false, refusal: "other_person" };
        const studentNumberFree =
          known.role === "STUDENT" && !known.studentNumber && identity.studentNumber
            ? !(await tx.user.findUnique({ where: { studentNumber: identity.studentNumber }, select: { id: true } }))
            : false;
        await tx.user.update({
          where: { id: known.id },
          data: {
            institutionSubject: subject,
            ...(known.role === "STUDENT" && identity.esi ? { europeanStudentIdentifier: identity.esi } : {}),
            ...(studentNumberFree ? { studentNumber: identity.studentNumber } : {}),
          },
        });
        return { ok: true, user: known };
      }
      const invitation = await tx.staffInvitation.findFirst({
        where: { email, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
        orderBy: { createdAt: "desc" },
      });
      if (invitation) return { ok: true, user: await joinFromInvitation(tx, invitation, { passwordHash: NO_PASSWORD, institutionSubject: subject }) };
      if (identity.kind !== "student") return { ok: false, refusal: "not_invited" };
      const created = await createStudentAccount(
        tx,
        {
          email,
          name: identity.name ?? email,
          studentNumber: identity.studentNumber,
          passwordHash: NO_PASSWORD,
          locale,
          institutionSubject: subject,
          europeanStudentIdentifier: identity.esi,
        },
        "institution",
      );
      return { ok: true, user: { ...created, name: identity.name ?? email, role: "STUDENT", sessionVersion: 1 } };
    });
    deliverSoon();
    return outcome;
  } catch (error) {
    // Two first sign-ins of the same person at once: the second finds the account the first made.
    if (uniqueViolation(error) && !retried) return signInWithInstitution(identity, locale, true);
    throw error;
  }
}
