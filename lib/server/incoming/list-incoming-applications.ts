import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import type { Prisma } from "@/lib/server/db/generated/client";
import { INCOMING_PAGE_SIZE, requireOffice, IncomingFilters, IncomingRow, ROW_SELECT, toRow } from "./incoming-applications";

/** The incoming applications tab: the international office only. */
export async function listIncomingApplications(user: CurrentUser, filters: IncomingFilters) {
  requireOffice(user);
  const where: Prisma.IncomingApplicationWhereInput = {
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.q
      ? {
          OR: [
            { lastName: { contains: filters.q, mode: "insensitive" } },
            { firstName: { contains: filters.q, mode: "insensitive" } },
            { email: { contains: filters.q, mode: "insensitive" } },
            { homeInstitution: { contains: filters.q, mode: "insensitive" } },
          ],
        }
      : {}),
  };
  const [rows, total, groups] = await Promise.all([
    db.incomingApplication.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (filters.page - 1) * INCOMING_PAGE_SIZE,
      take: INCOMING_PAGE_SIZE,
      select: ROW_SELECT,
    }),
    db.incomingApplication.count({ where }),
    db.incomingApplication.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);
  return {
    rows: rows.map(toRow),
    total,
    pageCount: Math.max(1, Math.ceil(total / INCOMING_PAGE_SIZE)),
    statusCounts: Object.fromEntries(groups.map((g) => [g.status, g._count._all])) as Partial<Record<IncomingRow["status"], number>>,
  };
}
