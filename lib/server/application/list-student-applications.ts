import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import type { ApplicationStatus } from "@/lib/domain/application/status";

type StudentApplicationSummary = {
  id: string;
  status: ApplicationStatus;
  roundId: string;
  roundName: string;
  deadline: Date;
  updatedAt: Date;
};

export async function listStudentApplications(user: CurrentUser): Promise<StudentApplicationSummary[]> {
  const rows = await db.outgoingApplication.findMany({
    where: { studentId: user.id },
    orderBy: { createdAt: "desc" },
    select: { id: true, status: true, roundId: true, updatedAt: true, round: { select: { name: true, deadline: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    status: row.status,
    roundId: row.roundId,
    roundName: row.round.name,
    deadline: row.round.deadline,
    updatedAt: row.updatedAt,
  }));
}
