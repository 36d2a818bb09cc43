import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { reviewableApplications } from "@/lib/server/application/access";
import { env } from "@/lib/server/env";
import { notify } from "@/lib/server/mail/notify";
import { deliverSoon } from "@/lib/server/mail/outbox";
import { translator } from "@/lib/i18n/translate";
import { formatDateTime } from "@/lib/i18n/format";
import { displayName } from "@/lib/domain/people";
import { toIsoDate } from "@/lib/domain/calendar";
import { DIGEST_ROLES, DIGEST_SECTIONS, FIRST_DIGEST_LOOKBACK_MS, digestDay, digestDue, digestItemPath, type DigestItem } from "@/lib/domain/staff-digest";

/** Enough to list; a longer day links to the list page through the first lines. */
const MAX_PER_SECTION = 50;
const STUDENT_SELECT = { id: true, firstName: true, lastName: true, student: { select: { name: true } } } as const;
type Student = { firstName: string | null; lastName: string | null; student: { name: string } };
const studentName = (application: Student) => displayName(application, application.student.name);

/** What happened in the reader's scope between `since` and `now` and now waits for them; nothing outside their scope. */
async function digestItems(user: CurrentUser, since: Date, now: Date): Promise<DigestItem[]> {
  const scope = reviewableApplications(user);
  if (!scope) return [];
  const window = { gt: since, lte: now };
  const t = translator(user.locale);
  const [submitted, replaced, toSign] = await Promise.all([
    db.outgoingApplication.findMany({
      where: { AND: [scope, { status: "SUBMITTED", submittedAt: window }] },
      orderBy: { submittedAt: "asc" },
      take: MAX_PER_SECTION,
      select: { ...STUDENT_SELECT, round: { select: { name: true } } },
    }),
    // Uploaded again after a review: a replacement the coordinator asked for.
    db.dossierPiece.findMany({
      where: { status: "UPLOADED", reviewedAt: { not: null }, currentFile: { uploadedAt: window }, application: scope },
      orderBy: { updatedAt: "asc" },
      take: MAX_PER_SECTION,
      select: { kind: true, application: { select: STUDENT_SELECT } },
    }),
    db.learningAgreementVersion.findMany({
      where: {
        state: "PROPOSED",
        proposedAt: window,
        signatures: { some: { party: "STUDENT" }, none: { party: "SENDING" } },
        agreement: { application: scope },
      },
      orderBy: { proposedAt: "asc" },
      take: MAX_PER_SECTION,
      select: { number: true, agreement: { select: { application: { select: STUDENT_SELECT } } } },
    }),
  ]);
  return [
    ...submitted.map((a) => ({ kind: "submitted" as const, applicationId: a.id, student: studentName(a), round: a.round.name })),
    ...replaced.map((p) => ({
      kind: "replaced" as const,
      applicationId: p.application.id,
      student: studentName(p.application),
      piece: t(`dossier.pieces.${p.kind}`),
    })),
    ...toSign.map((v) => ({
      kind: "agreementToSign" as const,
      applicationId: v.agreement.application.id,
      student: studentName(v.agreement.application),
      version: v.number,
    })),
  ];
}

function renderItems(items: DigestItem[], user: CurrentUser): string {
  const t = translator(user.locale);
  const portal = env().NEXTAUTH_URL ?? "";
  return DIGEST_SECTIONS.flatMap((section) => {
    const lines = items.filter((item) => item.kind === section);
    if (lines.length === 0) return [];
    const rendered = lines.map((item) => t(`mail.staffDigestLines.${item.kind}`, { ...item, link: `${portal}${digestItemPath(item)}` }));
    return [`${t(`mail.staffDigestSections.${section}`)} (${lines.length})\n${rendered.join("\n")}`];
  }).join("\n\n");
}

/**
 * Today's digest for one coordinator: what arrived in their scope since their
 * last digest (or in the last day), sent once a day and only when there is
 * something. Returns whether it was sent.
 */
export async function sendStaffDigest(user: CurrentUser, now = new Date()): Promise<boolean> {
  const day = new Date(`${digestDay(now)}T00:00:00Z`);
  const last = await db.staffDigest.findFirst({ where: { userId: user.id }, orderBy: { sentAt: "desc" }, select: { sentAt: true, day: true } });
  if (last && toIsoDate(last.day) === toIsoDate(day)) return false;
  const since = last?.sentAt ?? new Date(now.getTime() - FIRST_DIGEST_LOOKBACK_MS);
  const items = await digestItems(user, since, now);
  if (items.length === 0) return false;
  const sent = await db.$transaction(async (tx) => {
    // The key claims the day: two instances running the hour together send one digest.
    const claimed = await tx.staffDigest.createMany({ data: [{ userId: user.id, day, sentAt: now }], skipDuplicates: true });
    if (claimed.count === 0) return false;
    await notify(tx, user, "staffDigest", {
      name: user.name,
      count: items.length,
      since: formatDateTime(since, user.locale),
      items: renderItems(items, user),
    });
    return true;
  });
  if (sent) deliverSoon();
  return sent;
}

/** The hourly run: from 7:00 Paris time, each active coordinator who has not had today's digest gets it, if anything waits. */
export async function sendStaffDigests(now = new Date()): Promise<number> {
  if (!digestDue(now)) return 0;
  const day = new Date(`${digestDay(now)}T00:00:00Z`);
  const staff = await db.user.findMany({
    where: { role: { in: [...DIGEST_ROLES] }, deactivatedAt: null, digests: { none: { day } } },
    select: { id: true, email: true, name: true, role: true, locale: true, departmentId: true, partnerInstitutionId: true },
  });
  let sent = 0;
  for (const user of staff) if (await sendStaffDigest(user, now)) sent += 1;
  return sent;
}
