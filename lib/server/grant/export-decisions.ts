import "server-only";
import { PDFDocument, StandardFonts, rgb } from "pdf-lib";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { csvDecimal, csvSeparator, toCsv } from "@/lib/server/coordinator/csv";
import { translator } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/locales";
import { drawable } from "@/lib/server/pdf/pdf-text";
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

export async function exportDecisionsPdf(user: CurrentUser, roundId: string, locale: Locale): Promise<Uint8Array> {
  const t = translator(locale);
  const view = await publishedRows(user, roundId);
  const pdf = await PDFDocument.create();
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  let page = pdf.addPage([595.28, 841.89]);
  let y = 790;
  const write = (text: string, font = regular, size = 10) => {
    if (y < 50) {
      page = pdf.addPage([595.28, 841.89]);
      y = 790;
    }
    page.drawText(drawable(font, text), { x: 50, y, size, font, color: rgb(0.1, 0.1, 0.15) });
    y -= size + 6;
  };
  write(`${t("grants.commissionTitle")} — ${view.round.name}`, bold, 14);
  for (const row of view.rows) {
    write(
      `${row.rank}. ${row.name} — ${row.destination} — ${row.award.amount.toFixed(2)} € — ${t(`grants.decisions.${row.ineligibleReason ?? row.award.reason}`)}`,
    );
  }
  return pdf.save();
}
