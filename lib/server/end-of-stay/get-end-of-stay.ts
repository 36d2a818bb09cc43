import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { homeDossierApplications } from "@/lib/server/application/access";
import { hostRecipients, type HostRecipient } from "@/lib/server/learning-agreement/host-recipients";
import { toIsoDate } from "@/lib/domain/calendar";
import type { RecognitionEntry, TranscriptEntry } from "@/lib/domain/recognition/recognition";
import type { EndOfStaySource } from "@/lib/server/db/generated/enums";
import type { Component } from "@/lib/domain/learning-agreement/content";
import { agreedComponents } from "./agreed-components";
import { isHomeCoordinatorOf } from "./staff-application";

export type AttendanceView = { number: number; firstDay: string; lastDay: string; source: EndOfStaySource; confirmedByName: string; createdAt: Date };
export type TranscriptView = {
  number: number;
  entries: TranscriptEntry[];
  source: EndOfStaySource;
  enteredByName: string;
  pdfFileId: string | null;
  createdAt: Date;
};
export type RecognitionView = { entries: RecognitionEntry[]; shortfallReason: string | null; recordedAt: Date };

export type EndOfStayView = {
  status: string;
  attendances: AttendanceView[];
  transcripts: TranscriptView[];
  recognition: RecognitionView | null;
  /** For the home coordinators who run it: whom the host's links may go to, and whether the student's scan is accepted. */
  staff: { hostRecipients: HostRecipient[]; scanAccepted: boolean; studied: Component[] } | null;
};

/** The end of a mobility as the student and the home coordinators read it; newest versions first. */
export async function getEndOfStay(user: CurrentUser, applicationId: string): Promise<EndOfStayView | null> {
  const application = await db.outgoingApplication.findFirst({
    where: { AND: [{ id: applicationId }, homeDossierApplications(user)] },
    select: {
      status: true,
      attendances: { orderBy: { number: "desc" } },
      transcripts: { orderBy: { number: "desc" } },
      recognition: true,
      pieces: { where: { kind: "ATTENDANCE_CERTIFICATE" }, select: { status: true } },
    },
  });
  if (!application) return null;
  const runs = await isHomeCoordinatorOf(db, user, applicationId);
  return {
    status: application.status,
    attendances: application.attendances.map((a) => ({
      number: a.number,
      firstDay: toIsoDate(a.firstDay),
      lastDay: toIsoDate(a.lastDay),
      source: a.source,
      confirmedByName: a.confirmedByName,
      createdAt: a.createdAt,
    })),
    transcripts: application.transcripts.map((t) => ({
      number: t.number,
      entries: t.entries as TranscriptEntry[],
      source: t.source,
      enteredByName: t.enteredByName,
      pdfFileId: t.pdfFileId,
      createdAt: t.createdAt,
    })),
    recognition: application.recognition
      ? {
          entries: application.recognition.entries as RecognitionEntry[],
          shortfallReason: application.recognition.shortfallReason,
          recordedAt: application.recognition.recordedAt,
        }
      : null,
    staff: runs
      ? {
          hostRecipients: await hostRecipients(applicationId),
          scanAccepted: application.pieces[0]?.status === "ACCEPTED",
          studied: (await agreedComponents(applicationId))?.studied ?? [],
        }
      : null,
  };
}
