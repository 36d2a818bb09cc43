import "server-only";
import { V } from "@/lib/validation/messages";
import { db } from "@/lib/server/db/client";
import { uniqueViolation } from "@/lib/server/db/unique-violation";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError, type FieldErrors } from "@/lib/server/errors";
import type { Prisma } from "@/lib/server/db/generated/client";
import { recordAudit } from "@/lib/server/audit";
import type { TPartner } from "@/lib/validation/partner";

const FIELDS = ["name", "erasmusCode", "schacCode", "countryCode", "city", "website", "languagesOfInstruction"] as const;

function columns(input: TPartner) {
  return {
    name: input.name,
    erasmusCode: input.erasmusCode,
    schacCode: input.schacCode || null,
    countryCode: input.countryCode,
    city: input.city,
    website: input.website || null,
    languagesOfInstruction: input.languagesOfInstruction,
  };
}

const contactKey = (c: { name: string; email: string; role: string; locale: string }) => `${c.name}|${c.email}|${c.role}|${c.locale}`;

/**
 * Writes a partner inside the caller's transaction: creates it, or edits it
 * with the version read, the audit row naming the fields that changed.
 * Contacts are replaced as a whole (the form and the CSV file always carry
 * the full list). An edit that changes nothing writes nothing.
 */
export async function writePartner(tx: Prisma.TransactionClient, actorId: string, input: TPartner): Promise<{ id: string; version: number; written: boolean }> {
  const data = columns(input);
  if (!input.id) {
    const created = await tx.partnerInstitution.create({ data: { ...data, contacts: { create: input.contacts } }, select: { id: true, version: true } });
    await recordAudit(tx, { actorId, action: "partner.created", entityType: "PartnerInstitution", entityId: created.id, toState: data.erasmusCode });
    return { ...created, written: true };
  }
  const before = await tx.partnerInstitution.findUnique({
    where: { id: input.id },
    select: { ...Object.fromEntries(FIELDS.map((f) => [f, true])), version: true, contacts: { select: { name: true, email: true, role: true, locale: true } } },
  });
  if (!before) throw new AppError("not_found");
  const changed: string[] = FIELDS.filter((f) => JSON.stringify((before as Record<string, unknown>)[f]) !== JSON.stringify(data[f]));
  if (before.contacts.map(contactKey).sort().join() !== input.contacts.map(contactKey).sort().join()) changed.push("contacts");
  if (before.version !== input.version) throw new AppError("conflict");
  if (changed.length === 0) return { id: input.id, version: before.version, written: false };
  const updated = await tx.partnerInstitution.updateMany({ where: { id: input.id, version: input.version }, data: { ...data, version: { increment: 1 } } });
  if (updated.count !== 1) throw new AppError("conflict");
  await tx.partnerContact.deleteMany({ where: { partnerInstitutionId: input.id } });
  await tx.partnerContact.createMany({ data: input.contacts.map((c) => ({ ...c, partnerInstitutionId: input.id! })) });
  await recordAudit(tx, {
    actorId,
    action: "partner.updated",
    entityType: "PartnerInstitution",
    entityId: input.id,
    fromState: `v${input.version}`,
    toState: `v${before.version + 1}`,
    reason: changed.join(", "),
  });
  return { id: input.id, version: before.version + 1, written: true };
}

/** A unique code another partner holds, as the field error the form shows (null for any other failure). */
export function takenCode(error: unknown): FieldErrors | null {
  const target = uniqueViolation(error);
  if (target?.includes("schacCode")) return { schacCode: V.schacCodeTaken };
  if (target?.includes("erasmusCode")) return { erasmusCode: V.erasmusCodeTaken };
  return null;
}

/** The international office registers a partner or edits one with the version it read. */
export async function savePartner(user: CurrentUser, input: TPartner): Promise<{ id: string; version: number }> {
  if (user.role !== "INTERNATIONAL_OFFICE") throw new AppError("forbidden");
  try {
    const { id, version } = await db.$transaction((tx) => writePartner(tx, user.id, input));
    return { id, version };
  } catch (error) {
    const taken = takenCode(error);
    if (taken) throw new AppError("invalid", undefined, taken);
    throw error;
  }
}
