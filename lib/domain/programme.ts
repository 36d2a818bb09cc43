/*
 * How a degree programme is described across Erasmus+: its level in the
 * European Qualifications Framework and its subject area as an ISCED-F 2013
 * code, the two things an inter-institutional agreement's cooperation
 * conditions are written in.
 */

/** EQF levels of higher-education degrees: 6 bachelor (licence), 7 master, 8 doctorate. */
export const EQF_LEVELS = [6, 7, 8] as const;
export type EqfLevel = (typeof EQF_LEVELS)[number];

export function isEqfLevel(value: number): value is EqfLevel {
  return (EQF_LEVELS as readonly number[]).includes(value);
}

/** An ISCED-F 2013 detailed field of education: the broad field (00 to 10), then the narrow and the detailed one, four digits in all. */
export function isIscedCode(code: string): boolean {
  return /^(0\d|10)\d{2}$/.test(code);
}
