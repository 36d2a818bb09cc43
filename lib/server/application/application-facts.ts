import "server-only";
import type { ApplicationFacts } from "@/lib/domain/application/eligibility-answers";
import { toIsoDate } from "@/lib/domain/calendar";

type ApplicationRow = {
  nationality: string | null;
  residenceStatus: ApplicationFacts["residenceStatus"];
  creditsCompleted: number | null;
  programmeId: string | null;
  scholarshipHolder: boolean | null;
  otherEuGrant: boolean | null;
  fullRecognition: ApplicationFacts["fullRecognition"];
  choices: Array<{ rank: number; startDate: Date; endDate: Date }>;
  attendances: Array<{ source: string }>;
};

export const FACTS_SELECT = {
  nationality: true,
  residenceStatus: true,
  creditsCompleted: true,
  programmeId: true,
  scholarshipHolder: true,
  otherEuGrant: true,
  fullRecognition: true,
  choices: { select: { rank: true, startDate: true, endDate: true }, orderBy: { rank: "asc" } },
  attendances: { select: { source: true } },
} as const;

export function applicationFacts(row: ApplicationRow): ApplicationFacts {
  const first = row.choices.find((c) => c.rank === 1);
  return {
    nationality: row.nationality,
    residenceStatus: row.residenceStatus,
    creditsCompleted: row.creditsCompleted,
    programmeChosen: Boolean(row.programmeId),
    scholarshipHolder: row.scholarshipHolder,
    otherEuGrant: row.otherEuGrant,
    fullRecognition: row.fullRecognition,
    firstChoice: first ? { startDate: toIsoDate(first.startDate), endDate: toIsoDate(first.endDate) } : null,
    attendanceConfirmedByHost: row.attendances.some((a) => a.source !== "STUDENT_SCAN"),
  };
}
