/**
 * A grading table as a spreadsheet exports it: one line per grade, best
 * first, the grade and how many passing students received it, separated by
 * a semicolon, a comma or a tab (`A;120`). A header line naming the columns
 * is skipped; blank lines are ignored.
 */
import type { GradeCount } from "./grade-conversion";

const HEADER = /^\s*(grade|note)\s*[;,\t]\s*(count|number|effectif|nombre)\s*$/i;
const LINE = /^\s*([^;,\t]+?)\s*[;,\t]\s*(\d{1,9})\s*$/;

export type GradeLinesResult = { ok: true; rows: GradeCount[] } | { ok: false; line: number };

export function parseGradeLines(text: string): GradeLinesResult {
  const rows: GradeCount[] = [];
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  for (const [index, raw] of lines.entries()) {
    if (!raw.trim() || (index === 0 && HEADER.test(raw))) continue;
    const match = LINE.exec(raw);
    if (!match) return { ok: false, line: index + 1 };
    rows.push({ grade: match[1]!, count: Number(match[2]) });
  }
  return { ok: true, rows };
}

export function formatGradeLines(rows: readonly GradeCount[]): string {
  return rows.map((row) => `${row.grade};${row.count}`).join("\n");
}
