import "server-only";
import { db } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit";
import { notify } from "@/lib/server/mail/notify";
import { deliverSoon } from "@/lib/server/mail/outbox";
import type { TranscriptEntry } from "@/lib/domain/recognition/recognition";
import type { TTranscript } from "@/lib/validation/end-of-stay";
import { hostSigner, lockArrivedApplication, type HostAuthority } from "./host-authority";
import { agreedComponents } from "./agreed-components";

/**
 * The host enters the transcript of records: a line for every component of
 * the agreed table A, and any component added during the stay. A new entry
 * is a new version; the earlier ones stay.
 */
export async function enterTranscript(authority: HostAuthority, input: TTranscript): Promise<number> {
  const number = await db.$transaction(async (tx) => {
    const signer = await hostSigner(tx, authority, "TRANSCRIPT", input.applicationId);
    const application = await lockArrivedApplication(tx, input.applicationId);
    const agreed = await agreedComponents(input.applicationId, tx);
    if (!agreed) throw new AppError("refused", "no_agreed_version");
    const studied = new Map(agreed.studied.map((c) => [c.id, c]));
    // Each component of table A once, under its agreed code and title; the added ones as the host names them.
    const named = input.entries.filter((e) => e.componentId);
    const missing = agreed.studied.some((c) => !named.some((e) => e.componentId === c.id));
    const unknown = named.some((e) => !studied.has(e.componentId)) || new Set(named.map((e) => e.componentId)).size !== named.length;
    if (missing || unknown) throw new AppError("invalid", undefined, { entries: "validation.transcriptComponents" });
    const entries: TranscriptEntry[] = input.entries.map((e) => {
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
    const last = await tx.transcriptOfRecords.findFirst({
      where: { applicationId: input.applicationId },
      orderBy: { number: "desc" },
      select: { number: true },
    });
    const number = (last?.number ?? 0) + 1;
    await tx.transcriptOfRecords.create({
      data: { applicationId: input.applicationId, number, entries, source: signer.source, enteredByName: input.signerName, enteredBy: signer.email },
    });
    await recordAudit(tx, {
      actorId: authority.token ? null : (authority.user?.id ?? null),
      action: "end_of_stay.transcript_entered",
      entityType: "OutgoingApplication",
      entityId: input.applicationId,
      toState: `v${number}`,
      reason: `${input.signerName} <${signer.email}>`,
    });
    await notify(tx, application.student, "transcriptEntered", { name: application.student.name, number });
    return number;
  });
  deliverSoon();
  return number;
}
