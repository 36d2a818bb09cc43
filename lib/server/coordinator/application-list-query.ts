import "server-only";
import type { Prisma } from "@/lib/server/db/generated/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { readableApplications } from "@/lib/server/applications/access";
import type { TApplicationFilters } from "@/lib/validation/application-filters";

/** The dashboard's filters as one query condition, inside what the user may read. */
export function applicationListWhere(user: CurrentUser, filters: TApplicationFilters, options: { ignoreStatus?: boolean } = {}): Prisma.OutgoingApplicationWhereInput {
  const conditions: Prisma.OutgoingApplicationWhereInput[] = [readableApplications(user)];
  if (filters.round) conditions.push({ roundId: filters.round });
  if (filters.status && !options.ignoreStatus) conditions.push({ status: filters.status });
  if (filters.programme) conditions.push({ programmeId: filters.programme });
  if (filters.destination) conditions.push({ choices: { some: { rank: 1, partnerInstitutionId: filters.destination } } });
  if (filters.pieces) conditions.push({ applicationPiecesState: filters.pieces });
  if (filters.scholarship) conditions.push({ scholarshipHolder: filters.scholarship === "yes" });
  if (filters.q) {
    const contains = { contains: filters.q, mode: "insensitive" as const };
    conditions.push({
      OR: [
        { firstName: contains },
        { lastName: contains },
        { student: { email: contains } },
        { student: { studentNumber: { startsWith: filters.q } } },
      ],
    });
  }
  return { AND: conditions };
}

export function applicationListOrder(filters: TApplicationFilters): Prisma.OutgoingApplicationOrderByWithRelationInput[] {
  const dir = filters.dir;
  const tieBreak = { id: dir } as const;
  switch (filters.sort) {
    case "name":
      return [{ lastName: { sort: dir, nulls: "last" } }, { firstName: { sort: dir, nulls: "last" } }, tieBreak];
    case "status":
      return [{ status: dir }, tieBreak];
    case "programme":
      return [{ programme: { name: dir } }, tieBreak];
    case "updatedAt":
      return [{ updatedAt: dir }, tieBreak];
    default:
      return [{ submittedAt: { sort: dir, nulls: "last" } }, tieBreak];
  }
}
