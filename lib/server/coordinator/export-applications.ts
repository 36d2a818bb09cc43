import "server-only";
import type { CurrentUser } from "@/lib/server/auth/session";
import { isCoordinator } from "@/lib/domain/roles";
import { AppError } from "@/lib/server/errors";
import { translator } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/locales";
import type { TApplicationFilters } from "@/lib/validation/application-filters";
import { findApplicationRows } from "./list-applications";
import { db } from "@/lib/server/db/client";
import { csvDateTime, csvSeparator, toCsv } from "./csv";

const MAX_ROWS = 50_000;

/**
 * The current filtered list as CSV, in the coordinator's language and
 * spreadsheet convention (`csvSeparator`, local date-times), with every
 * destination each student ranked, in their order.
 */
export async function exportApplicationsCsv(user: CurrentUser, filters: TApplicationFilters, locale: Locale): Promise<string> {
  // The host institution has the nominations and the agreements, not the home office's lists.
  if (!isCoordinator(user.role) || user.role === "HOST_COORDINATOR") throw new AppError("forbidden");
  const t = translator(locale);
  const records = await findApplicationRows(user, filters, { limit: MAX_ROWS, offset: 0 });
  const choices = await db.destinationChoice.findMany({
    where: { applicationId: { in: records.map((r) => r.id) } },
    orderBy: [{ applicationId: "asc" }, { rank: "asc" }],
    select: { applicationId: true, rank: true, partnerInstitution: { select: { name: true } } },
  });
  const ranked = new Map<string, string[]>();
  for (const c of choices) ranked.set(c.applicationId, [...(ranked.get(c.applicationId) ?? []), `${c.rank}. ${c.partnerInstitution.name}`]);
  const header = (
    ["round", "status", "lastName", "firstName", "email", "studentNumber", "programme", "choices", "scholarship", "pieces", "submittedAt"] as const
  ).map((column) => t(`coordinator.columns.${column}`));
  const rows = records.map((row) => [
    row.roundName,
    t(`statuses.${row.status}`),
    row.lastName,
    row.firstName,
    row.email,
    row.studentNumber,
    row.programme,
    (ranked.get(row.id) ?? []).join(" | "),
    row.scholarshipHolder === null ? "" : row.scholarshipHolder ? t("application.yes") : t("application.no"),
    t(`coordinator.piecesStates.${row.piecesState}`),
    csvDateTime(row.submittedAt, locale),
  ]);
  return toCsv([header, ...rows], csvSeparator(locale));
}
