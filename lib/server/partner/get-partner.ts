import "server-only";
import { db } from "@/lib/server/db/client";
import type { Prisma } from "@/lib/server/db/generated/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import type { TPartnerInput } from "@/lib/validation/partner";

/** A partner's record and contacts as the form and the CSV file carry them. */
export const PARTNER_RECORD_SELECT = {
  name: true,
  erasmusCode: true,
  schacCode: true,
  countryCode: true,
  city: true,
  website: true,
  languagesOfInstruction: true,
  contacts: { orderBy: [{ role: "asc" }, { name: "asc" }], select: { name: true, email: true, role: true, locale: true } },
} satisfies Prisma.PartnerInstitutionSelect;

/** A partner as the office's form edits it, with the version the edit must be based on; null if there is none. */
export async function getPartnerForEditing(user: CurrentUser, id: string): Promise<(TPartnerInput & { id: string; version: number }) | null> {
  if (user.role !== "INTERNATIONAL_OFFICE") throw new AppError("forbidden");
  const partner = await db.partnerInstitution.findUnique({
    where: { id },
    select: { id: true, version: true, ...PARTNER_RECORD_SELECT },
  });
  if (!partner) return null;
  return { ...partner, schacCode: partner.schacCode ?? "", website: partner.website ?? "", languagesOfInstruction: partner.languagesOfInstruction.join(", ") };
}
