import "server-only";
import { db } from "@/lib/server/db/client";
import { displayName } from "@/lib/domain/people";
import { toIsoDate } from "@/lib/domain/calendar";
import { mobilityChoice } from "@/lib/domain/allocation/mobility-choice";
import type { Component } from "@/lib/domain/learning-agreement/content";
import type { TranscriptEntry } from "@/lib/domain/recognition/recognition";
import { HELD_PLACE_SELECT } from "@/lib/server/selection/selection-state";
import type { CurrentUser } from "@/lib/server/auth/session";
import { readableApplications } from "@/lib/server/application/access";
import { openEndOfStayLink } from "./links";
import { agreedComponents } from "./agreed-components";

export type HostRequestView = {
  applicationId: string;
  request: "ATTENDANCE" | "TRANSCRIPT";
  student: string;
  host: string;
  contracted: { start: string; end: string } | null;
  studied: Component[];
  /** The latest answer already given, to correct rather than retype. */
  latestAttendance: { firstDay: string; lastDay: string } | null;
  latestTranscript: TranscriptEntry[] | null;
};

/** What the host's link opens: the student, the stay and table A; or why the link no longer works. */
export async function getHostRequest(token: string) {
  const opened = await openEndOfStayLink(token);
  if (!opened.ok) return { ok: false as const, reason: opened.reason };
  return { ok: true as const, view: await hostRequestView(opened.link.applicationId, opened.link.request) };
}

/** The same for the partner's host-coordinator account, signed in: for an arrived student of its partner only. */
export async function getHostRequestForAccount(user: CurrentUser, applicationId: string): Promise<HostRequestView | null> {
  if (user.role !== "HOST_COORDINATOR") return null;
  const visible = await db.outgoingApplication.count({ where: { AND: [{ id: applicationId, status: "ARRIVED" }, readableApplications(user)] } });
  return visible ? hostRequestView(applicationId, "ATTENDANCE") : null;
}

async function hostRequestView(applicationId: string, request: HostRequestView["request"]): Promise<HostRequestView> {
  const application = await db.outgoingApplication.findUniqueOrThrow({
    where: { id: applicationId },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      student: { select: { name: true } },
      choices: {
        orderBy: { rank: "asc" },
        select: { partnerInstitutionId: true, startDate: true, endDate: true, partnerInstitution: { select: { name: true } } },
      },
      placeOffers: HELD_PLACE_SELECT,
      attendances: { orderBy: { number: "desc" }, take: 1, select: { firstDay: true, lastDay: true } },
      transcripts: { orderBy: { number: "desc" }, take: 1, select: { entries: true } },
    },
  });
  const choice = mobilityChoice(application.choices, application.placeOffers);
  const agreed = await agreedComponents(application.id);
  const attendance = application.attendances[0];
  return {
    applicationId: application.id,
    request,
    student: displayName(application, application.student.name),
    host: choice?.partnerInstitution.name ?? "",
    contracted: choice ? { start: toIsoDate(choice.startDate), end: toIsoDate(choice.endDate) } : null,
    studied: agreed?.studied ?? [],
    latestAttendance: attendance ? { firstDay: toIsoDate(attendance.firstDay), lastDay: toIsoDate(attendance.lastDay) } : null,
    latestTranscript: (application.transcripts[0]?.entries as TranscriptEntry[] | undefined) ?? null,
  };
}
