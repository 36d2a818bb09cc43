import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { isCoordinator } from "@/lib/domain/roles";
import type { ApplicationStatus } from "@/lib/domain/application/status";
import { AppError } from "@/lib/server/errors";
import { PAGE_SIZE, type TApplicationFilters } from "@/lib/validation/application-filters";
import { applicationListOrder, applicationListWhere } from "./application-list-query";

export type ApplicationListRow = {
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

export type ApplicationList = {
  rows: ApplicationListRow[];
  total: number;
  page: number;
  pageCount: number;
  statusCounts: Partial<Record<ApplicationStatus, number>>;
};

export const LIST_SELECT = {
  id: true,
  version: true,
  status: true,
  firstName: true,
  lastName: true,
  scholarshipHolder: true,
  applicationPiecesState: true,
  submittedAt: true,
  student: { select: { email: true, studentNumber: true } },
  programme: { select: { name: true } },
  round: { select: { name: true } },
  choices: { where: { rank: 1 }, select: { partnerInstitution: { select: { name: true } } } },
} as const;

type ListRecord = {
  id: string;
  version: number;
  status: ApplicationStatus;
  firstName: string | null;
  lastName: string | null;
  scholarshipHolder: boolean | null;
  applicationPiecesState: "INCOMPLETE" | "COMPLETE" | "ACCEPTED";
  submittedAt: Date | null;
  student: { email: string; studentNumber: string | null };
  programme: { name: string } | null;
  round: { name: string };
  choices: Array<{ partnerInstitution: { name: string } }>;
};

export function toListRow(record: ListRecord): ApplicationListRow {
  return {
    id: record.id,
    version: record.version,
    status: record.status,
    firstName: record.firstName,
    lastName: record.lastName,
    email: record.student.email,
    studentNumber: record.student.studentNumber,
    programme: record.programme?.name ?? null,
    destination: record.choices[0]?.partnerInstitution.name ?? null,
    scholarshipHolder: record.scholarshipHolder,
    piecesState: record.applicationPiecesState,
    submittedAt: record.submittedAt,
    roundName: record.round.name,
  };
}

/** One page of the applications a coordinator may see, with the count per status for the same filters. */
export async function listApplications(user: CurrentUser, filters: TApplicationFilters): Promise<ApplicationList> {
  if (!isCoordinator(user.role)) throw new AppError("forbidden");
  const [records, groups] = await Promise.all([
    db.outgoingApplication.findMany({
      where: applicationListWhere(user, filters),
      orderBy: applicationListOrder(filters),
      skip: (filters.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: LIST_SELECT,
    }),
    db.outgoingApplication.groupBy({ by: ["status"], where: applicationListWhere(user, filters, { ignoreStatus: true }), _count: { _all: true } }),
  ]);
  const statusCounts: ApplicationList["statusCounts"] = Object.fromEntries(groups.map((g) => [g.status, g._count._all]));
  // The counts per status already hold the total: no second scan of the same rows.
  const total = filters.status ? (statusCounts[filters.status] ?? 0) : Object.values(statusCounts).reduce((sum, n) => sum + (n ?? 0), 0);
  return {
    rows: records.map(toListRow),
    total,
    page: filters.page,
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    statusCounts,
  };
}
