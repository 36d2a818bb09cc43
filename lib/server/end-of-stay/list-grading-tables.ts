import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import type { GradeCount } from "@/lib/domain/recognition/grade-conversion";
import { HOME_OWNER } from "./grading-tables-for";

export type GradingTableView = {
  id: string;
  owner: string;
  ownerName: string | null;
  eqfLevel: number;
  iscedCode: string;
  grades: GradeCount[];
  updatedAt: Date;
};

/** The office's grading tables and the partners a new one may be for. */
export async function listGradingTables(user: CurrentUser) {
  if (user.role !== "INTERNATIONAL_OFFICE") throw new AppError("forbidden");
  const [tables, partners] = await Promise.all([
    db.gradingTable.findMany({
      orderBy: [{ owner: "asc" }, { eqfLevel: "asc" }, { iscedCode: "asc" }],
      select: { id: true, owner: true, eqfLevel: true, iscedCode: true, grades: true, updatedAt: true, partnerInstitution: { select: { name: true } } },
    }),
    db.partnerInstitution.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  const views: GradingTableView[] = tables.map((t) => ({
    id: t.id,
    owner: t.owner,
    ownerName: t.owner === HOME_OWNER ? null : (t.partnerInstitution?.name ?? null),
    eqfLevel: t.eqfLevel,
    iscedCode: t.iscedCode,
    grades: t.grades as GradeCount[],
    updatedAt: t.updatedAt,
  }));
  return { tables: views, partners };
}
