import "server-only";
import type { Prisma } from "@/lib/server/db/generated/client";
import type { EndOfStaySource } from "@/lib/server/db/generated/enums";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit";
import { notify } from "@/lib/server/mail/notify";
import { deliverSoon } from "@/lib/server/mail/outbox";
import type { TranscriptEntry } from "@/lib/domain/recognition/recognition";
import type { TTranscript } from "@/lib/validation/end-of-stay";
import { hostSigner, lockArrivedApplication, type HostAuthority } from "./host-authority";
import { agreedComponents } from "./agreed-components";
import { assertHomeCoordinator } from "./staff-application";

type TranscriptVersion = {
  applicationId: string;
  /** The lines as typed, or none for a host's PDF waiting to be transcribed. */
  entries: TTranscript["entries"];
  signer: { name: string; email: string; source: EndOfStaySource };
  pdfFileId: string | null;
  actorId: string | null;
};

/**
 * Adds a version of the transcript of records: a line for every component of
 * the agreed table A, and any component added during the stay. The earlier
 * versions stay. Runs inside the caller's transaction.
 */
export async function addTranscriptVersion(tx: Prisma.TransactionClient, v: TranscriptVersion): Promise<number> {
  const application = await lockArrivedApplication(tx, v.applicationId);
  const agreed = await agreedComponents(v.applicationId, tx);
  if (!agreed) throw new AppError("refused", "no_agreed_version");
  const studied = new Map(agreed.studied.map((c) => [c.id, c]));
  if (v.entries.length > 0) {
    // Each component of table A once, under its agreed code and title; the added ones as typed.
    const named = v.entries.filter((e) => e.componentId);
    const missing = agreed.studied.some((c) => !named.some((e) => e.componentId === c.id));
    const unknown = named.some((e) => !studied.has(e.componentId)) || new Set(named.map((e) => e.componentId)).size !== named.length;
    if (missing || unknown) throw new AppError("invalid", undefined, { entries: "validation.transcriptComponents" });
  }
  const entries: TranscriptEntry[] = v.entries.map((e) => {
    const component = e.componentId ? studied.get(e.componentId)! : null;
    return {
      componentId: component?.id ?? null,
      losCode: component?.losCode ?? e.losCode,
      title: component?.title ?? e.title,
      grade: e.grade,
      creditsObtained: e.creditsObtained,
      passed: e.passed,
    };
  });
  const last = await tx.transcriptOfRecords.findFirst({ where: { applicationId: v.applicationId }, orderBy: { number: "desc" }, select: { number: true } });
  const number = (last?.number ?? 0) + 1;
  await tx.transcriptOfRecords.create({
    data: {
      applicationId: v.applicationId,
      number,
      entries,
      source: v.signer.source,
      enteredByName: v.signer.name,
      enteredBy: v.signer.email,
      pdfFileId: v.pdfFileId,
    },
  });
  await recordAudit(tx, {
    actorId: v.actorId,
    action: "end_of_stay.transcript_entered",
    entityType: "OutgoingApplication",
    entityId: v.applicationId,
    toState: entries.length > 0 ? `v${number}` : `v${number} PDF`,
    reason: `${v.signer.name} <${v.signer.email}>`,
  });
  if (entries.length > 0) await notify(tx, application.student, "transcriptEntered", { name: application.student.name, number });
  return number;
}

/** The host enters the transcript of records, through its link or its account. */
export async function enterTranscript(authority: HostAuthority, input: TTranscript): Promise<number> {
  const number = await db.$transaction(async (tx) => {
    const signer = await hostSigner(tx, authority, "TRANSCRIPT", input.applicationId);
    return addTranscriptVersion(tx, {
      applicationId: input.applicationId,
      entries: input.entries,
      signer: { name: input.signerName, email: signer.email, source: signer.source },
      pdfFileId: null,
      actorId: authority.token ? null : (authority.user?.id ?? null),
    });
  });
  deliverSoon();
  return number;
}

/** The home coordinator types the host's own transcript, sent as a PDF, into a new version that keeps the PDF. */
export async function transcribeTranscript(user: CurrentUser, input: Omit<TTranscript, "token">): Promise<number> {
  const number = await db.$transaction(async (tx) => {
    await assertHomeCoordinator(tx, user, input.applicationId);
    const latest = await tx.transcriptOfRecords.findFirst({
      where: { applicationId: input.applicationId },
      orderBy: { number: "desc" },
      select: { pdfFileId: true },
    });
    if (!latest?.pdfFileId) throw new AppError("refused", "transcript_missing");
    return addTranscriptVersion(tx, {
      applicationId: input.applicationId,
      entries: input.entries,
      signer: { name: input.signerName, email: user.email, source: "HOME_TRANSCRIPTION" },
      pdfFileId: latest.pdfFileId,
      actorId: user.id,
    });
  });
  deliverSoon();
  return number;
}
