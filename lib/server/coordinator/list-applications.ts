import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { isCoordinator } from "@/lib/domain/roles";
import type { ApplicationStatus } from "@/lib/domain/application/status";
import { AppError } from "@/lib/server/errors";
import { PAGE_SIZE, type TApplicationFilters } from "@/lib/validation/application-filters";
import { applicationPageSql, statusCountsSql } from "./application-list-query";

type ApplicationListRow = {
  id: string;
  version: number;
  status: ApplicationStatus;
  firstName: string | null;
  lastName: string | null;
  email: string;
  studentNumber: string | null;
  programme: string | null;
  destination: string | null;
  scholarshipHolder: boolean | null;
  piecesState: "INCOMPLETE" | "COMPLETE" | "ACCEPTED";
  submittedAt: Date | null;
  roundName: string;
};

type ApplicationList = {
  rows: ApplicationListRow[];
  total: number;
  page: number;
  pageCount: number;
  statusCounts: Partial<Record<ApplicationStatus, number>>;
  /** Whether the caller sees the home dossier's columns (scholarship, pieces): not the host institution. */
  can: { readHomeDossier: boolean };
};

/** The applications a coordinator may see that match the filters, in the list's order. */
export async function findApplicationRows(
  user: CurrentUser,
  filters: TApplicationFilters,
  page: { limit: number; offset: number },
): Promise<ApplicationListRow[]> {
  if (!isCoordinator(user.role)) throw new AppError("forbidden");
  return db.$queryRaw<ApplicationListRow[]>(applicationPageSql(user, filters, page));
}

/** One page of the applications a coordinator may see, with the count per status for the same filters. */
export async function listApplications(user: CurrentUser, filters: TApplicationFilters): Promise<ApplicationList> {
  if (!isCoordinator(user.role)) throw new AppError("forbidden");
  const [rows, groups] = await Promise.all([
    findApplicationRows(user, filters, { limit: PAGE_SIZE, offset: (filters.page - 1) * PAGE_SIZE }),
    db.$queryRaw<Array<{ status: ApplicationStatus; count: number }>>(statusCountsSql(user, filters)),
  ]);
  const statusCounts: ApplicationList["statusCounts"] = Object.fromEntries(groups.map((g) => [g.status, g.count]));
  // The counts per status already hold the total: no second scan of the same rows.
  const total = filters.status ? (statusCounts[filters.status] ?? 0) : Object.values(statusCounts).reduce((sum, n) => sum + (n ?? 0), 0);
  const readHomeDossier = user.role !== "HOST_COORDINATOR";
  // The host's rows carry nothing of the home dossier, not even to the page.
  const visible = readHomeDossier ? rows : rows.map((row) => ({ ...row, scholarshipHolder: null, piecesState: "INCOMPLETE" as const }));
  return { rows: visible, total, page: filters.page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)), statusCounts, can: { readHomeDossier } };
}
