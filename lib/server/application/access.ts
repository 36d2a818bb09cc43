import "server-only";
import { Prisma } from "@/lib/server/db/generated/client";
import type { ApplicationStatus } from "@/lib/server/db/generated/enums";
import type { CurrentUser } from "@/lib/server/auth/session";

/** Statuses the grant commission works on: candidates selected and beyond. */
export const COMMISSION_STATUSES: ApplicationStatus[] = ["SELECTED", "NOMINATED", "LEARNING_AGREEMENT_SIGNED", "DEPARTED", "ARRIVED", "COMPLETED"];

/** Statuses a host institution's coordinator sees: nominated to the host and beyond. */
const HOST_STATUSES: ApplicationStatus[] = ["NOMINATED", "LEARNING_AGREEMENT_SIGNED", "DEPARTED", "ARRIVED", "COMPLETED"];

/**
 * The applications a user may read, as a query condition: a record outside
 * it is simply not found. Staff never see another student's draft.
 */
export function readableApplications(user: CurrentUser): Prisma.OutgoingApplicationWhereInput {
  switch (user.role) {
    case "STUDENT":
      return { studentId: user.id };
    case "DEPARTMENTAL_COORDINATOR":
      return user.departmentId ? { status: { not: "DRAFT" }, programme: { departmentId: user.departmentId } } : { id: { in: [] } };
    case "INTERNATIONAL_OFFICE":
    case "ADMINISTRATOR":
      return { status: { not: "DRAFT" } };
    case "GRANT_COMMISSION":
      return { status: { in: COMMISSION_STATUSES } };
    case "HOST_COORDINATOR":
      return user.partnerInstitutionId
        ? { status: { in: HOST_STATUSES }, choices: { some: { rank: 1, partnerInstitutionId: user.partnerInstitutionId } } }
        : { id: { in: [] } };
  }
}

/**
 * The same rule as `readableApplications`, as an SQL condition on the
 * application aliased `a`, for the dashboard's hand-written list query.
 * An integration test holds the two forms to the same rows for every role.
 */
export function readableApplicationsSql(user: CurrentUser): Prisma.Sql {
  const statusIn = (statuses: ApplicationStatus[]) => Prisma.sql`a.status = ANY(CAST(${statuses} AS "ApplicationStatus"[]))`;
  switch (user.role) {
    case "STUDENT":
      return Prisma.sql`a."studentId" = ${user.id}`;
    case "DEPARTMENTAL_COORDINATOR":
      return user.departmentId
        ? Prisma.sql`a.status <> 'DRAFT' AND a."programmeId" IN (SELECT p.id FROM "Programme" p WHERE p."departmentId" = ${user.departmentId})`
        : Prisma.sql`FALSE`;
    case "INTERNATIONAL_OFFICE":
    case "ADMINISTRATOR":
      return Prisma.sql`a.status <> 'DRAFT'`;
    case "GRANT_COMMISSION":
      return statusIn(COMMISSION_STATUSES);
    case "HOST_COORDINATOR":
      return user.partnerInstitutionId
        ? Prisma.sql`${statusIn(HOST_STATUSES)} AND EXISTS (SELECT 1 FROM "DestinationChoice" c WHERE c."applicationId" = a.id AND c.rank = 1 AND c."partnerInstitutionId" = ${user.partnerInstitutionId})`
        : Prisma.sql`FALSE`;
  }
}

/**
 * Who may read the home institution's dossier of an application (its pieces,
 * grant, withdrawal, exports): everyone who reads the application but the
 * host institution, which needs only the nomination and the learning agreement.
 */
export function homeDossierApplications(user: CurrentUser): Prisma.OutgoingApplicationWhereInput {
  return user.role === "HOST_COORDINATOR" ? { id: { in: [] } } : readableApplications(user);
}

/** Who reviews dossiers and decides on applications: departmental coordinators (their programmes) and the international office. */
export function reviewableApplications(user: CurrentUser): Prisma.OutgoingApplicationWhereInput | null {
  if (user.role === "DEPARTMENTAL_COORDINATOR" || user.role === "INTERNATIONAL_OFFICE") return readableApplications(user);
  return null;
}
