import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { shortLivedCache } from "@/lib/server/cache/short-lived";

export type FilterOptions = {
  rounds: Array<{ id: string; name: string }>;
  programmes: Array<{ id: string; name: string }>;
  destinations: Array<{ id: string; name: string }>;
};

const options = shortLivedCache<FilterOptions>(5_000);

/** The choices offered by the dashboard's filters; a departmental coordinator sees only their own programmes. */
export function getFilterOptions(user: CurrentUser): Promise<FilterOptions> {
  const ownProgrammesOnly = user.role === "DEPARTMENTAL_COORDINATOR";
  return options.get(ownProgrammesOnly ? `department:${user.departmentId ?? ""}` : "all", () =>
    loadFilterOptions(ownProgrammesOnly ? (user.departmentId ?? "") : null),
  );
}

async function loadFilterOptions(departmentId: string | null): Promise<FilterOptions> {
  const [rounds, programmes, destinations] = await Promise.all([
    db.applicationRound.findMany({ orderBy: { deadline: "desc" }, select: { id: true, name: true } }),
    db.programme.findMany({
      where: departmentId === null ? {} : { departmentId },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    db.partnerInstitution.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return { rounds, programmes, destinations };
}
