import "server-only";
import { PDFDocument, StandardFonts, rgb } from "pdf-lib";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { csvDecimal, csvSeparator, toCsv } from "@/lib/server/coordinator/csv";
import { translator } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/locales";
import { drawable, wrap } from "@/lib/server/pdf/pdf-text";
import { db } from "@/lib/server/db/client";
import { THE_HOME_INSTITUTION } from "@/lib/server/institution/get-home-institution";
import { formatDate, formatMoney } from "@/lib/i18n/format";
import { getCommissionView } from "./get-commission-view";

async function publishedRows(user: CurrentUser, roundId: string) {
  const view = await getCommissionView(user, roundId);
  if (!view.published) throw new AppError("refused", "grants_not_published");
  return view;
}

/** The published list, for posting at the international office: CSV in the reader's spreadsheet convention. */
export async function exportDecisionsCsv(user: CurrentUser, roundId: string, locale: Locale): Promise<string> {
  const t = translator(locale);
  const view = await publishedRows(user, roundId);
  const header = (["rank", "student", "destination", "score", "amount", "decision"] as const).map((c) => t(`grants.columns.${c}`));
  const rows = view.rows.map((r) => [
    r.rank,
    r.name,
    r.destination,
    csvDecimal(r.score, locale, 3),
    csvDecimal(r.award.amount, locale),
    t(`grants.decisions.${r.ineligibleReason ?? r.award.reason}`),
  ]);
  return toCsv([header, ...rows], csvSeparator(locale));
}

/**
 * The published list as a document for the notice board ("publiées par voie
 * d'affichage"): the institution as letterhead, the round, the publication
 * date, and a table of ranks, students, destinations, grants and decisions.
 * With `studentNumbers`, students appear by their number, not their name, as
 * a list posted in a corridor should.
 */
export async function exportDecisionsPdf(user: CurrentUser, roundId: string, locale: Locale, { studentNumbers = false } = {}): Promise<Uint8Array> {
  const t = translator(locale);
  const view = await publishedRows(user, roundId);
  const home = await db.homeInstitution.findFirst({ ...THE_HOME_INSTITUTION, select: { name: true } });
  const pdf = await PDFDocument.create();
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const ink = rgb(0.1, 0.1, 0.15);
  const columns = [
    { key: "rank", x: 50 },
    { key: "student", x: 90 },
    { key: "destination", x: 250 },
    { key: "amount", x: 420 },
    { key: "decision", x: 480 },
  ] as const;
  let page = pdf.addPage([595.28, 841.89]);
  let y = 790;
  const text = (value: string, x: number, font = regular, size = 9, width = 150) => {
    const [first = ""] = wrap(font, value, size, width);
    page.drawText(first, { x, y, size, font, color: ink });
  };
  const tableHeader = () => {
    for (const c of columns) text(t(`grants.columns.${c.key}`), c.x, bold);
    y -= 6;
    page.drawLine({ start: { x: 50, y }, end: { x: 545, y }, thickness: 0.5, color: ink });
    y -= 14;
  };
  text(home?.name ?? t("common.appName"), 50, bold, 16, 495);
  y -= 22;
  text(`${t("grants.commissionTitle")} — ${view.round.name}`, 50, bold, 12, 495);
  y -= 18;
  text(t("grants.pdfPublished", { date: formatDate(view.settings.publishedAt!, locale) }), 50, regular, 10, 495);
  y -= 28;
  tableHeader();
  for (const row of view.rows) {
    if (y < 60) {
      page = pdf.addPage([595.28, 841.89]);
      y = 790;
      tableHeader();
    }
    const student = studentNumbers ? (row.studentNumber ?? "—") : row.name;
    text(String(row.rank), columns[0].x);
    text(student, columns[1].x);
    text(row.destination, columns[2].x, regular, 9, 165);
    text(formatMoney(row.award.amount, locale), columns[3].x, regular, 9, 55);
    text(t(`grants.decisions.${row.ineligibleReason ?? row.award.reason}`), columns[4].x, regular, 9, 65);
    y -= 16;
  }
  const pages = pdf.getPages();
  pages.forEach((p, index) =>
    p.drawText(drawable(regular, t("grants.pdfPage", { page: index + 1, pages: pages.length })), { x: 50, y: 30, size: 8, font: regular, color: ink }),
  );
  return pdf.save();
}
