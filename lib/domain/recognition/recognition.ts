/**
 * The transcript of records the host sends and the recognition the home
 * coordinator records from it. The learning agreement commits the home
 * institution to full recognition: recognising fewer credits than the
 * transcript's passed components obtained needs a written reason, which the
 * student reads.
 */

/** One line of the host's transcript: a component of table A, or one added during the stay (no component id). */
export type TranscriptEntry = {
  componentId: string | null;
  losCode: string;
  title: string;
  grade: string;
  creditsObtained: number;
  passed: boolean;
};

/** How the home grade was found: from two grading tables, or by hand with a reason where the partner has none. */
export type GradeConversionRecord =
  | { method: "table"; foreignGrade: string; fromBand: [number, number]; toBand: [number, number]; fromTable: string; toTable: string }
  | { method: "manual"; foreignGrade: string; reason: string };

/** One line of the recognition: a component of table B with the credits and grade it gets at home. */
export type RecognitionEntry = {
  componentId: string;
  losCode: string;
  title: string;
  creditsPlanned: number;
  creditsRecognised: number;
  homeGrade: string;
  conversion: GradeConversionRecord;
};

const sum = (values: number[]) => Math.round(values.reduce((a, b) => a + b, 0) * 100) / 100;

/** The credits the stay earned: those of the passed components. */
export function creditsObtained(transcript: readonly TranscriptEntry[]): number {
  return sum(transcript.filter((e) => e.passed).map((e) => e.creditsObtained));
}

export function creditsRecognised(entries: readonly RecognitionEntry[]): number {
  return sum(entries.map((e) => e.creditsRecognised));
}

/** How many credits short of full recognition a recognition falls; 0 when it recognises all or more. */
export function recognitionShortfall(transcript: readonly TranscriptEntry[], entries: readonly RecognitionEntry[]): number {
  return Math.max(0, sum([creditsObtained(transcript), -creditsRecognised(entries)]));
}

export type RecognitionProblem = "shortfall_reason_required" | "manual_reason_required" | "component_missing";

/**
 * What stops a recognition being recorded: a table B component left out, a
 * grade entered by hand without a reason, a shortfall without one.
 */
export function recognitionProblems(
  tableB: ReadonlyArray<{ id: string }>,
  transcript: readonly TranscriptEntry[],
  entries: readonly RecognitionEntry[],
  shortfallReason: string | null,
): RecognitionProblem[] {
  const problems: RecognitionProblem[] = [];
  if (tableB.some((component) => !entries.some((e) => e.componentId === component.id))) problems.push("component_missing");
  if (entries.some((e) => e.conversion.method === "manual" && !e.conversion.reason.trim())) problems.push("manual_reason_required");
  if (recognitionShortfall(transcript, entries) > 0 && !shortfallReason?.trim()) problems.push("shortfall_reason_required");
  return problems;
}
