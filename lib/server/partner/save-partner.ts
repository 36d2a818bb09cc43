import "server-only";
import { V } from "@/lib/validation/messages";
import { db } from "@/lib/server/db/client";
import { uniqueViolation } from "@/lib/server/db/unique-violation";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
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
 * The international office registers a partner or edits one with the
 * version it read; the audit row names the fields that changed. Contacts
 * are replaced as a whole: the form always sends the full list.
 */
export async function savePartner(user: CurrentUser, input: TPartner): Promise<{ id: string; version: number }> {
  if (user.role !== "INTERNATIONAL_OFFICE") throw new AppError("forbidden");
  try {
    return await db.$transaction(async (tx) => {
      const data = columns(input);
      if (!input.id) {
        const created = await tx.partnerInstitution.create({ data: { ...data, contacts: { create: input.contacts } }, select: { id: true, version: true } });
        await recordAudit(tx, {
          actorId: user.id,
          action: "partner.created",
          entityType: "PartnerInstitution",
          entityId: created.id,
          toState: data.erasmusCode,
        });
        return created;
      }
      const before = await tx.partnerInstitution.findUnique({
        where: { id: input.id },
        select: { ...Object.fromEntries(FIELDS.map((f) => [f, true])), contacts: { select: { name: true, email: true, role: true, locale: true } } },
      });
      if (!before) throw new AppError("not_found");
      const updated = await tx.partnerInstitution.updateMany({ where: { id: input.id, version: input.version }, data: { ...data, version: { increment: 1 } } });
      if (updated.count !== 1) throw new AppError("conflict");
      await tx.partnerContact.deleteMany({ where: { partnerInstitutionId: input.id } });
      await tx.partnerContact.createMany({ data: input.contacts.map((c) => ({ ...c, partnerInstitutionId: input.id! })) });
      const changed: string[] = FIELDS.filter((f) => JSON.stringify((before as Record<string, unknown>)[f]) !== JSON.stringify(data[f]));
      if (before.contacts.map(contactKey).sort().join() !== input.contacts.map(contactKey).sort().join()) changed.push("contacts");
      await recordAudit(tx, {
        actorId: user.id,
        action: "partner.updated",
        entityType: "PartnerInstitution",
        entityId: input.id,
        fromState: `v${input.version}`,
        toState: `v${(input.version ?? 0) + 1}`,
        reason: changed.join(", ") || null,
      });
      return { id: input.id, version: (input.version ?? 0) + 1 };
    });
  } catch (error) {
    const target = uniqueViolation(error);
    if (target?.includes("schacCode")) throw new AppError("invalid", undefined, { schacCode: V.schacCodeTaken });
    if (target?.includes("erasmusCode")) throw new AppError("invalid", undefined, { erasmusCode: V.erasmusCodeTaken });
    throw error;
  }
}
