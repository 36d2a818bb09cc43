import "server-only";
import { displayName } from "@/lib/domain/people";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { homeDossierApplications } from "@/lib/server/application/access";
import type { GrantLine } from "@/lib/domain/grant/rate-table";
import { translator } from "@/lib/i18n/translate";
import { formatDate, formatMoney } from "@/lib/i18n/format";
import { pdfDocument } from "@/lib/server/pdf/document";
import { homeInstitutionName } from "@/lib/server/institution/get-home-institution";
import { mobilityChoice } from "@/lib/domain/allocation/mobility-choice";
import { HELD_PLACE_SELECT } from "@/lib/server/selection/selection-state";
import { SETTLEMENT_SELECT, settlementOf } from "@/lib/server/end-of-stay/settlement";

/** The Erasmus student contract (grant agreement) with the amounts, to be signed by the student. */
export async function grantContractPdf(user: CurrentUser, applicationId: string): Promise<Uint8Array | null> {
  const application = await db.outgoingApplication.findFirst({
    where: { AND: [{ id: applicationId }, homeDossierApplications(user)] },
    select: {
      firstName: true,
      lastName: true,
      student: { select: { studentNumber: true, email: true, locale: true } },
      round: { select: { academicYear: true } },
      grantDecision: true,
      choices: {
        orderBy: { rank: "asc" },
        select: { partnerInstitutionId: true, startDate: true, endDate: true, partnerInstitution: { select: { name: true, countryCode: true } } },
      },
      placeOffers: HELD_PLACE_SELECT,
    },
  });
  if (!application?.grantDecision?.awarded) return null;
  const locale = application.student.locale;
  const t = translator(locale);
  const choice = mobilityChoice(application.choices, application.placeOffers);
  const home = await homeInstitutionName(t("common.appName"));
  const doc = await pdfDocument({
    title: t("grants.contract.title"),
    letterhead: home,
    pageLabel: (page, pages) => t("common.pageOf", { page, pages }),
  });
  doc.heading(t("grants.contract.title"), 15);
  doc.text(application.round.academicYear, { size: 11 });
  doc.space(6);
  doc.text(t("grants.contract.parties", { name: displayName(application, "—"), number: application.student.studentNumber ?? "—", home }));
  if (choice)
    doc.text(
      t("grants.contract.mobility", {
        host: choice.partnerInstitution.name,
        from: formatDate(choice.startDate, locale),
        to: formatDate(choice.endDate, locale),
      }),
    );
  doc.heading(t("grants.contract.amounts"));
  doc.table(
    [
      { label: t("grants.contract.item"), share: 0.7 },
      { label: t("grants.contract.amount"), share: 0.3 },
    ],
    [
      ...(application.grantDecision.amountLines as GrantLine[]).map((item) => [t(`grants.lines.${item.label}`, item.params), formatMoney(item.amount, locale)]),
      [t("grants.total"), formatMoney(application.grantDecision.amount.toNumber(), locale)],
    ],
  );
  const settlementRow = await db.outgoingApplication.findUniqueOrThrow({ where: { id: applicationId }, select: SETTLEMENT_SELECT });
  const settlement = settlementOf(settlementRow, application.grantDecision.amount.toNumber());
  if (settlement) {
    const { schedule, final } = settlement;
    doc.heading(t("grants.settlement.title"));
    doc.table(
      [
        { label: t("grants.contract.item"), share: 0.7 },
        { label: t("grants.contract.amount"), share: 0.3 },
      ],
      [
        [t("grants.settlement.prefinancing", { percent: settlement.rules.prefinancingPercent }), formatMoney(schedule.prefinancing, locale)],
        ...(final ? [[t("grants.settlement.final"), formatMoney(final.amount, locale)]] : []),
        schedule.toReimburse > 0
          ? [t("grants.settlement.toReimburse"), formatMoney(schedule.toReimburse, locale)]
          : [t(schedule.provisional ? "grants.settlement.balanceProvisional" : "grants.settlement.balance"), formatMoney(schedule.balance, locale)],
      ],
    );
  }
  doc.text(t("grants.contract.terms"));
  doc.space(24);
  doc.table(
    [
      { label: t("grants.contract.signature"), share: 0.5 },
      { label: t("grants.contract.institutionSignature", { home }), share: 0.5 },
    ],
    [["\n\n\n", "\n\n\n"]],
  );
  return doc.save();
}
