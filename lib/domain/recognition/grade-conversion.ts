/**
 * Grade conversion with ECTS grading tables (ECTS Users' Guide 2015, the
 * EGRACONS method). A grading table gives, for one institution, one degree
 * cycle and one ISCED-F field, how many passing grades were awarded per grade
 * over recent years, best grade first. Each grade covers a band of the
 * cumulative percentage: from the share of better grades to that share plus
 * its own.
 *
 * Arithmetic is exact: a band is kept as whole counts over the table's total,
 * and two bands are compared over the product of both totals, so that an
 * "equal overlap" is equal, not equal up to rounding.
 */

export type GradeCount = { grade: string; count: number };
export type GradingTable = readonly GradeCount[];

/** A band in percent, 0–100, rounded to two decimals for display. */
export type Band = [low: number, high: number];

export type Conversion = { converted: string; fromBand: Band; toBand: Band };

type CountBand = { grade: string; low: number; high: number };

export type GradingTableProblem = "empty" | "negative_or_fractional_count" | "all_zero" | "duplicate_grade";

/** What makes a table unusable, or null: a table needs grades, whole non-negative counts, one passing grade at least. */
export function gradingTableProblem(table: GradingTable): GradingTableProblem | null {
  if (table.length === 0) return "empty";
  if (table.some((row) => !Number.isInteger(row.count) || row.count < 0)) return "negative_or_fractional_count";
  if (new Set(table.map((row) => row.grade)).size !== table.length) return "duplicate_grade";
  if (table.every((row) => row.count === 0)) return "all_zero";
  return null;
}

function countBands(table: GradingTable): { total: number; bands: CountBand[] } {
  let better = 0;
  const bands = table.map((row) => {
    const band = { grade: row.grade, low: better, high: better + row.count };
    better += row.count;
    return band;
  });
  return { total: better, bands };
}

const percent = (count: number, total: number) => Math.round((count * 10_000) / total) / 100;

/** Every grade's band in percent, best grade first. */
export function gradeBands(table: GradingTable): Array<{ grade: string; band: Band }> {
  const { total, bands } = countBands(table);
  return bands.map((b) => ({ grade: b.grade, band: [percent(b.low, total), percent(b.high, total)] }));
}

/**
 * Converts `grade` of the `from` table to the grade of the `to` table whose
 * band overlaps its band the most (on an equal overlap, the better grade). A
 * grade nobody received has a band of no width: it converts to the grade
 * whose band contains its position (on a boundary, the better grade).
 * Null when a table is unusable or the grade is not in `from`.
 */
export function convertGrade(from: GradingTable, to: GradingTable, grade: string): Conversion | null {
  if (gradingTableProblem(from) || gradingTableProblem(to)) return null;
  const source = countBands(from);
  const target = countBands(to);
  const band = source.bands.find((b) => b.grade === grade);
  if (!band) return null;
  // Scale both tables to one denominator: source.total × target.total.
  const low = band.low * target.total;
  const high = band.high * target.total;
  let best: CountBand | null = null;
  if (high > low) {
    let bestOverlap = 0;
    for (const candidate of target.bands) {
      const overlap = Math.min(high, candidate.high * source.total) - Math.max(low, candidate.low * source.total);
      // Strictly more: on an equal overlap the earlier, better grade stays.
      if (overlap > bestOverlap) [best, bestOverlap] = [candidate, overlap];
    }
  } else {
    best = target.bands.find((c) => c.high > c.low && c.low * source.total <= low && low <= c.high * source.total) ?? null;
  }
  if (!best) return null;
  return {
    converted: best.grade,
    fromBand: [percent(band.low, source.total), percent(band.high, source.total)],
    toBand: [percent(best.low, target.total), percent(best.high, target.total)],
  };
}
