import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";

export type FilterOptions = {
  rounds: Array<{ id: string; name: string }>;
  programmes: Array<{ id: string; name: string }>;
  destinations: Array<{ id: string; name: string }>;
};

/** The choices offered by the dashboard's filters; a departmental coordinator sees only their own programmes. */
export async function getFilterOptions(user: CurrentUser): Promise<FilterOptions> {
  const [rounds, programmes, destinations] = await Promise.all([
    db.applicationRound.findMany({ orderBy: { deadline: "desc" }, select: { id: true, name: true } }),
    db.programme.findMany({
      where: user.role === "DEPARTMENTAL_COORDINATOR" ? { departmentId: user.departmentId ?? "" } : {},
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    db.partnerInstitution.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return { rounds, programmes, destinations };
}
