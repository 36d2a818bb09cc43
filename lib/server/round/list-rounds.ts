import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { isCoordinator } from "@/lib/domain/roles";
import { AppError } from "@/lib/server/errors";

type RoundSummary = {
  id: string;
  name: string;
  academicYear: string;
  opensAt: Date;
  deadline: Date;
  destinations: number;
  applications: number;
  additionalEligibleNationalities: string[];
  learningAgreementNeedsOfficeApproval: boolean;
};

export async function listRounds(user: CurrentUser): Promise<RoundSummary[]> {
  if (!isCoordinator(user.role) && user.role !== "ADMINISTRATOR") throw new AppError("forbidden");
  const rounds = await db.applicationRound.findMany({
    orderBy: { deadline: "desc" },
    select: {
      id: true,
      name: true,
      academicYear: true,
      opensAt: true,
      deadline: true,
      additionalEligibleNationalities: true,
      learningAgreementNeedsOfficeApproval: true,
      _count: { select: { destinations: true, applications: true } },
    },
  });
  return rounds.map(({ _count, ...round }) => ({ ...round, destinations: _count.destinations, applications: _count.applications }));
}
