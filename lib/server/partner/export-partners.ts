import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { partnerCsvRows } from "@/lib/domain/partner/partner-csv";
import type { Locale } from "@/lib/i18n/locales";
import { toCsv } from "@/lib/server/coordinator/csv";
import { PARTNER_RECORD_SELECT } from "./get-partner";

/** Every partner with its contacts, agreements and conditions, as the CSV file the import reads back. */
export async function exportPartnersCsv(user: CurrentUser, locale: Locale): Promise<string> {
  if (user.role !== "INTERNATIONAL_OFFICE") throw new AppError("forbidden");
  const partners = await db.partnerInstitution.findMany({
    orderBy: { erasmusCode: "asc" },
    select: {
      ...PARTNER_RECORD_SELECT,
      agreements: {
        orderBy: [{ firstAcademicYear: "asc" }, { lastAcademicYear: "asc" }, { createdAt: "asc" }],
        select: {
          firstAcademicYear: true,
          lastAcademicYear: true,
          status: true,
          conditions: { orderBy: { position: "asc" }, include: { department: { select: { name: true } } } },
        },
      },
    },
  });
  const rows = partnerCsvRows(
    partners.map((p) => ({
      ...p,
      schacCode: p.schacCode ?? "",
      website: p.website ?? "",
      agreements: p.agreements.map((a) => ({
        ...a,
        conditions: a.conditions.map((c) => ({
          ...c,
          languageCode: c.languageCode ?? "",
          languageLevel: c.languageLevel ?? "",
          departmentName: c.department?.name ?? "",
        })),
      })),
    })),
  );
  return toCsv(rows, locale === "fr" ? ";" : ",");
}
