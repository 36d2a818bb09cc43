import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit";
import { notify } from "@/lib/server/mail/notify";
import { deliverSoon } from "@/lib/server/mail/outbox";
import { transitionApplication } from "@/lib/server/application/transition-application";
import { csvSeparator, toCsv } from "@/lib/server/coordinator/csv";
import { pdfDocument } from "@/lib/server/pdf/document";
import { homeInstitutionName } from "@/lib/server/institution/get-home-institution";
import { translator } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/locales";
import { toIsoDate } from "@/lib/domain/calendar";
import { lockRound } from "./selection-state";

type Nominee = { name: string; email: string; eqfLevel: number | null; iscedCode: string | null; startDate: Date | null; endDate: Date | null };

function nomineeRows(nominees: Nominee[], locale: Locale): string[][] {
  const t = translator(locale);
  const header = (["name", "email", "level", "subject", "from", "to"] as const).map((c) => t(`selection.nomination.columns.${c}`));
  return [
    header,
    ...nominees.map((n) => [
      n.name,
      n.email,
      n.eqfLevel ? `EQF ${n.eqfLevel}` : "",
      n.iscedCode ?? "",
      n.startDate ? toIsoDate(n.startDate) : "",
      n.endDate ? toIsoDate(n.endDate) : "",
    ]),
  ];
}

async function nomineePdf(home: string, title: string, [header, ...rows]: string[][], locale: Locale): Promise<Uint8Array> {
  const t = translator(locale);
  const doc = await pdfDocument({ title, letterhead: home, pageLabel: (page, pages) => t("common.pageOf", { page, pages }) });
  doc.heading(title, 13);
  const shares = [0.2, 0.26, 0.1, 0.12, 0.16, 0.16];
  doc.table(
    header!.map((label, i) => ({ label, share: shares[i]! })),
    rows,
  );
  return doc.save();
}

/**
 * The international office nominates the round's students who accepted
 * their place to their host institutions: one e-mail per partner, to its
 * registered contacts only (never an address a student typed), with the
 * nominees (name, e-mail, level, subject area, period) as PDF and CSV. Each
 * application records the nomination and moves to "nominated". A partner
 * without a registered contact is left for later and named in the answer.
 */
export async function nominateToPartners(user: CurrentUser, { roundId }: { roundId: string }) {
  if (user.role !== "INTERNATIONAL_OFFICE") throw new AppError("forbidden");
  const home = await homeInstitutionName(translator("en")("common.appName"));
  const outcome = await db.$transaction(
    async (tx) => {
      await lockRound(tx, roundId);
      const round = await tx.applicationRound.findUniqueOrThrow({ where: { id: roundId }, select: { name: true, allocationConfirmedAt: true } });
      if (!round.allocationConfirmedAt) throw new AppError("refused", "allocation_not_confirmed");
      const accepted = await tx.placeOffer.findMany({
        where: { roundId, state: "ACCEPTED", application: { status: "SELECTED", nominationId: null } },
        orderBy: { application: { selectionRank: "asc" } },
        select: {
          partnerInstitutionId: true,
          application: {
            select: {
              id: true,
              status: true,
              version: true,
              firstName: true,
              lastName: true,
              programme: { select: { eqfLevel: true, iscedCode: true } },
              choices: { select: { partnerInstitutionId: true, startDate: true, endDate: true } },
              student: { select: { name: true, email: true, locale: true } },
            },
          },
        },
      });
      const byPartner = new Map<string, typeof accepted>();
      for (const offer of accepted) byPartner.set(offer.partnerInstitutionId, [...(byPartner.get(offer.partnerInstitutionId) ?? []), offer]);
      const sent: Array<{ partner: string; students: number }> = [];
      const withoutContact: string[] = [];
      for (const [partnerInstitutionId, offers] of byPartner) {
        const partner = await tx.partnerInstitution.findUniqueOrThrow({
          where: { id: partnerInstitutionId },
          select: { name: true, contacts: { select: { email: true, locale: true } } },
        });
        if (partner.contacts.length === 0) {
          withoutContact.push(partner.name);
          continue;
        }
        const nomination = await tx.nomination.create({
          data: { roundId, partnerInstitutionId, sentById: user.id, recipients: partner.contacts.map((c) => c.email) },
        });
        const nominees: Nominee[] = [];
        for (const { application } of offers) {
          const choice = application.choices.find((c) => c.partnerInstitutionId === partnerInstitutionId);
          nominees.push({
            name: [application.firstName, application.lastName].filter(Boolean).join(" ") || application.student.name,
            email: application.student.email,
            eqfLevel: application.programme?.eqfLevel ?? null,
            iscedCode: application.programme?.iscedCode ?? null,
            startDate: choice?.startDate ?? null,
            endDate: choice?.endDate ?? null,
          });
          await tx.outgoingApplication.update({ where: { id: application.id }, data: { nominationId: nomination.id } });
          await transitionApplication(tx, {
            applicationId: application.id,
            from: application.status,
            to: "NOMINATED",
            expectedVersion: application.version,
            actor: "coordinator",
            actorId: user.id,
            student: application.student,
            context: { roundOpen: false, eligible: true, applicationPiecesUploaded: true, applicationPiecesAccepted: true },
          });
        }
        for (const contact of partner.contacts) {
          const t = translator(contact.locale);
          const rows = nomineeRows(nominees, contact.locale);
          const title = t("selection.nomination.title", { round: round.name });
          const csv = toCsv(rows, csvSeparator(contact.locale));
          const pdf = await nomineePdf(home, title, rows, contact.locale);
          await notify(tx, contact, "nomination", { round: round.name, count: nominees.length, partner: partner.name }, [
            { filename: "nominations.pdf", contentType: "application/pdf", contentBase64: Buffer.from(pdf).toString("base64") },
            { filename: "nominations.csv", contentType: "text/csv; charset=utf-8", contentBase64: Buffer.from(csv).toString("base64") },
          ]);
        }
        await recordAudit(tx, {
          actorId: user.id,
          action: "allocation.nominated",
          entityType: "ApplicationRound",
          entityId: roundId,
          toState: `${partner.name}: ${nominees.length}`,
          reason: partner.contacts.map((c) => c.email).join(", "),
        });
        sent.push({ partner: partner.name, students: nominees.length });
      }
      return { sent, withoutContact };
    },
    { timeout: 60_000 },
  );
  deliverSoon();
  return outcome;
}
