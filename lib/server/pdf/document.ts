import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import { wrap } from "./pdf-text";

// DejaVu covers every letter of French and of the names students and partners
// write (the standard PDF fonts have no "→", no "’", no "ł"); embedded as a subset.
const FONT_DIR = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
const FONT_FILES = { regular: "DejaVuSans.ttf", bold: "DejaVuSans-Bold.ttf", mono: "DejaVuSansMono.ttf" } as const;
type FontName = keyof typeof FONT_FILES;
let fontBytes: Promise<Record<FontName, Buffer>> | undefined;
const loadFonts = () =>
  (fontBytes ??= Promise.all(Object.entries(FONT_FILES).map(async ([name, file]) => [name, await readFile(path.join(FONT_DIR, file))] as const)).then(
    (entries) => Object.fromEntries(entries) as Record<FontName, Buffer>,
  ));

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 50;
const INK = rgb(0.1, 0.1, 0.15);
const RULE = rgb(0.6, 0.62, 0.68);
const SHADE = rgb(0.93, 0.94, 0.96);
const CELL_PADDING = 4;

type TextOptions = { font?: FontName; size?: number; gap?: number };
type Column = { label: string; share: number };

/**
 * A document the portal hands out — letterhead, flowing text, ruled tables that
 * break across pages with their header repeated, and "page n of m" in the
 * footer — so that the agreement, the contract, the list and the letter look
 * like the papers they replace.
 */
export type PdfDocument = {
  heading(text: string, size?: number): void;
  text(text: string, options?: TextOptions): void;
  space(height: number): void;
  table(columns: Column[], rows: string[][], options?: { size?: number }): void;
  /** A two-column table of labels and values, with no header row. */
  facts(rows: Array<[string, string]>): void;
  save(): Promise<Uint8Array>;
};

export async function pdfDocument(options: {
  title: string;
  letterhead: string;
  letterheadLines?: string[];
  pageLabel: (page: number, pages: number) => string;
}): Promise<PdfDocument> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  pdf.setTitle(options.title);
  pdf.setAuthor(options.letterhead);
  const bytes = await loadFonts();
  const fonts = Object.fromEntries(
    await Promise.all(Object.entries(bytes).map(async ([name, data]) => [name, await pdf.embedFont(data, { subset: true })] as const)),
  ) as Record<FontName, PDFFont>;
  const width = A4[0] - 2 * MARGIN;
  let page: PDFPage = pdf.addPage(A4);
  let y = A4[1] - MARGIN;
  const newPage = () => {
    page = pdf.addPage(A4);
    y = A4[1] - MARGIN;
  };
  const ensure = (height: number) => {
    if (y - height < MARGIN + 20) newPage();
  };
  const text = (value: string, { font = "regular", size = 10, gap = 4 }: TextOptions = {}) => {
    for (const part of wrap(fonts[font], value, size, width)) {
      ensure(size + gap);
      page.drawText(part, { x: MARGIN, y: y - size, size, font: fonts[font], color: INK });
      y -= size + gap;
    }
  };

  type Cell = { value: string; font: FontName; shaded: boolean };
  const cellLines = (cell: Cell, cellWidth: number, size: number) => wrap(fonts[cell.font], cell.value, size, cellWidth - 2 * CELL_PADDING);
  const rowHeight = (cells: Cell[], widths: number[], size: number) =>
    Math.max(...cells.map((cell, i) => cellLines(cell, widths[i]!, size).length)) * (size + 3) + 2 * CELL_PADDING;
  const drawRow = (cells: Cell[], widths: number[], size: number) => {
    const height = rowHeight(cells, widths, size);
    let x = MARGIN;
    cells.forEach((cell, i) => {
      const cellWidth = widths[i]!;
      page.drawRectangle({ x, y: y - height, width: cellWidth, height, borderColor: RULE, borderWidth: 0.5, color: cell.shaded ? SHADE : undefined });
      cellLines(cell, cellWidth, size).forEach((line, n) =>
        page.drawText(line, { x: x + CELL_PADDING, y: y - CELL_PADDING - (n + 1) * (size + 3) + 3, size, font: fonts[cell.font], color: INK }),
      );
      x += cellWidth;
    });
    y -= height;
  };
  /** Rows of cells; a row that does not fit opens a page, where the header (if any) is drawn again. */
  const grid = (shares: number[], rows: Cell[][], header: Cell[] | null, size: number) => {
    const widths = shares.map((share) => share * width);
    if (header) {
      ensure(rowHeight(header, widths, size) + size * 3);
      drawRow(header, widths, size);
    }
    for (const cells of rows) {
      if (y - rowHeight(cells, widths, size) < MARGIN + 20) {
        newPage();
        if (header) drawRow(header, widths, size);
      }
      drawRow(cells, widths, size);
    }
    y -= 10;
  };

  // Letterhead: the institution, its address, a rule.
  text(options.letterhead, { font: "bold", size: 16, gap: 6 });
  for (const line of options.letterheadLines ?? []) text(line, { size: 9, gap: 2 });
  y -= 4;
  page.drawLine({ start: { x: MARGIN, y }, end: { x: A4[0] - MARGIN, y }, thickness: 0.8, color: RULE });
  y -= 16;

  return {
    heading: (value, size = 12) => {
      ensure(size * 3);
      y -= 4;
      text(value, { font: "bold", size, gap: 6 });
    },
    text,
    space: (height) => {
      y -= height;
    },
    table: (columns, rows, { size = 9 } = {}) =>
      grid(
        columns.map((c) => c.share),
        rows.map((cells) => cells.map((value) => ({ value, font: "regular" as const, shaded: false }))),
        columns.map((c) => ({ value: c.label, font: "bold" as const, shaded: true })),
        size,
      ),
    facts: (rows) =>
      grid(
        [0.32, 0.68],
        rows.map(([label, value]) => [
          { value: label, font: "bold", shaded: true },
          { value, font: "regular", shaded: false },
        ]),
        null,
        9,
      ),
    save: async () => {
      const pages = pdf.getPages();
      pages.forEach((p, index) => {
        const label = options.pageLabel(index + 1, pages.length);
        p.drawText(`${options.letterhead} — ${label}`, { x: MARGIN, y: 28, size: 8, font: fonts.regular, color: RULE });
      });
      return pdf.save();
    },
  };
}
