import "server-only";
import type { CurrentUser } from "@/lib/server/auth/session";
import { isCoordinator } from "@/lib/domain/roles";
import { AppError } from "@/lib/server/errors";
import { translator } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/locales";
import type { TApplicationFilters } from "@/lib/validation/application-filters";
import { findApplicationRows } from "./list-applications";
import { toCsv } from "./csv";

const MAX_ROWS = 50_000;

/**
 * The current filtered list as CSV, in the coordinator's language: French
 * spreadsheets expect ";" between fields, English ones ",".
 */
export async function exportApplicationsCsv(user: CurrentUser, filters: TApplicationFilters, locale: Locale): Promise<string> {
  // The host institution has the nominations and the agreements, not the home office's lists.
  if (!isCoordinator(user.role) || user.role === "HOST_COORDINATOR") throw new AppError("forbidden");
  const t = translator(locale);
  const records = await findApplicationRows(user, filters, { limit: MAX_ROWS, offset: 0 });
  const header = (
    ["round", "status", "lastName", "firstName", "email", "studentNumber", "programme", "destination", "scholarship", "pieces", "submittedAt"] as const
  ).map((column) => t(`coordinator.columns.${column}`));
  const rows = records.map((row) => [
    row.roundName,
    t(`statuses.${row.status}`),
    row.lastName,
    row.firstName,
    row.email,
    row.studentNumber,
    row.programme,
    row.destination,
    row.scholarshipHolder === null ? "" : row.scholarshipHolder ? t("application.yes") : t("application.no"),
    t(`coordinator.piecesStates.${row.piecesState}`),
    row.submittedAt?.toISOString() ?? "",
  ]);
  return toCsv([header, ...rows], locale === "fr" ? ";" : ",");
}
