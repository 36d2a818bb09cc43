import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";

/** Every department and programme, archived ones included, as the administrator edits them. */
export async function listDepartments(user: CurrentUser) {
  if (user.role !== "ADMINISTRATOR") throw new AppError("forbidden");
  return db.department.findMany({
    orderBy: [{ archivedAt: { sort: "desc", nulls: "first" } }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      version: true,
      archivedAt: true,
      programmes: {
        orderBy: [{ eqfLevel: "asc" }, { name: "asc" }],
        select: { id: true, name: true, eqfLevel: true, iscedCode: true, version: true, archivedAt: true },
      },
    },
  });
}
