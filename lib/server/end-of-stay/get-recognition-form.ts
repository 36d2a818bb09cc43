import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { reviewableApplications } from "@/lib/server/application/access";
import { displayName } from "@/lib/domain/people";
import type { Component } from "@/lib/domain/learning-agreement/content";
import type { TranscriptEntry } from "@/lib/domain/recognition/recognition";
import { agreedComponents } from "./agreed-components";
import { gradingTablesFor, type UsedGradingTable } from "./grading-tables-for";

export type RecognitionFormView = {
  applicationId: string;
  student: string;
  status: string;
  recognized: Component[];
  transcript: TranscriptEntry[] | null;
  attendanceConfirmed: boolean;
  tables: { partner: UsedGradingTable | null; home: UsedGradingTable | null };
};

/** What the home coordinator needs to record the recognition: table B, the latest transcript, the two grading tables. */
export async function getRecognitionForm(user: CurrentUser, applicationId: string): Promise<RecognitionFormView | null> {
  const scope = reviewableApplications(user);
  if (!scope) return null;
  const application = await db.outgoingApplication.findFirst({
    where: { AND: [{ id: applicationId }, scope] },
    select: {
      status: true,
      firstName: true,
      lastName: true,
      student: { select: { name: true } },
      transcripts: { orderBy: { number: "desc" }, take: 1, select: { entries: true } },
      _count: { select: { attendances: true } },
    },
  });
  if (!application) return null;
  const [agreed, tables] = await Promise.all([agreedComponents(applicationId), gradingTablesFor(applicationId)]);
  return {
    applicationId,
    student: displayName(application, application.student.name),
    status: application.status,
    recognized: agreed?.recognized ?? [],
    // A host's PDF not yet typed is no transcript to recognise.
    transcript: (application.transcripts[0]?.entries as TranscriptEntry[] | undefined)?.length
      ? (application.transcripts[0]!.entries as TranscriptEntry[])
      : null,
    attendanceConfirmed: application._count.attendances > 0,
    tables: { partner: tables.partner, home: tables.home },
  };
}
