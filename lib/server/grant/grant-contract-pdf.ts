import "server-only";
import { displayName } from "@/lib/domain/people";
import { PDFDocument, StandardFonts, rgb } from "pdf-lib";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { homeDossierApplications } from "@/lib/server/application/access";
import type { GrantLine } from "@/lib/domain/grant/rate-table";
import { translator } from "@/lib/i18n/translate";
import { formatDate, formatMoney } from "@/lib/i18n/format";
import { wrap } from "@/lib/server/pdf/pdf-text";
import { homeInstitutionName } from "@/lib/server/institution/get-home-institution";
import { mobilityChoice } from "@/lib/domain/allocation/mobility-choice";
import { HELD_PLACE_SELECT } from "@/lib/server/selection/selection-state";

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
  const pdf = await PDFDocument.create();
  pdf.setTitle(t("grants.contract.title"));
  const page = pdf.addPage([595.28, 841.89]);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  let y = 780;
  const line = (text: string, font = regular, size = 11) => {
    for (const part of wrap(font, text, size, 475)) {
      page.drawText(part, { x: 60, y, size, font, color: rgb(0.1, 0.1, 0.15) });
      y -= size + 5;
    }
  };
  line(t("grants.contract.title"), bold, 16);
  line(`${home} — ${application.round.academicYear}`);
  y -= 10;
  line(t("grants.contract.parties", { name: displayName(application, "—"), number: application.student.studentNumber ?? "—", home }));
  if (choice)
    line(
      t("grants.contract.mobility", {
        host: choice.partnerInstitution.name,
        from: formatDate(choice.startDate, locale),
        to: formatDate(choice.endDate, locale),
      }),
    );
  y -= 10;
  line(t("grants.contract.amounts"), bold, 12);
  for (const item of application.grantDecision.amountLines as GrantLine[])
    line(t("common.labelled", { label: t(`grants.lines.${item.label}`, item.params), value: formatMoney(item.amount, locale) }));
  line(t("common.labelled", { label: t("grants.total"), value: formatMoney(application.grantDecision.amount.toNumber(), locale) }), bold);
  y -= 10;
  line(t("grants.contract.terms"));
  y -= 30;
  line(t("grants.contract.signature"));
  return pdf.save();
}
