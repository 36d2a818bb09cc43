/**
 * IBAN and BIC checks (ISO 13616 and ISO 9362). The IBAN's length depends on
 * its country; the check digits make its remainder modulo 97 equal 1.
 */
const IBAN_LENGTHS: Record<string, number> = {
  AD: 24,
  AT: 20,
  BE: 16,
  BG: 22,
  CH: 21,
  CY: 28,
  CZ: 24,
  DE: 22,
  DK: 18,
  EE: 20,
  ES: 24,
  FI: 18,
  FR: 27,
  GB: 22,
  GI: 23,
  GR: 27,
  HR: 21,
  HU: 28,
  IE: 22,
  IS: 26,
  IT: 27,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  MC: 27,
  MT: 31,
  NL: 18,
  NO: 15,
  PL: 28,
  PT: 25,
  RO: 24,
  SE: 24,
  SI: 19,
  SK: 24,
  SM: 27,
  TR: 26,
  VA: 22,
  RS: 22,
  MK: 19,
  AL: 28,
  ME: 22,
  BA: 20,
  XK: 20,
  UA: 29,
  MD: 24,
};

export function normaliseIban(input: string): string {
  return input.replace(/[\s-]/g, "").toUpperCase();
}

type IbanCheck = { ok: true; iban: string } | { ok: false; reason: "format" | "country" | "length" | "checksum" };

export function checkIban(input: string): IbanCheck {
  const iban = normaliseIban(input);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) return { ok: false, reason: "format" };
  const expectedLength = IBAN_LENGTHS[iban.slice(0, 2)];
  if (!expectedLength) return { ok: false, reason: "country" };
  if (iban.length !== expectedLength) return { ok: false, reason: "length" };
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const value = char >= "A" ? String(char.charCodeAt(0) - 55) : char;
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1 ? { ok: true, iban } : { ok: false, reason: "checksum" };
}

export function isValidBic(input: string): boolean {
  return /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(input.replace(/\s/g, "").toUpperCase());
}

/** Shows only the last four characters: FR76 •••• •••• 0189. */
export function maskIban(last4: string, country = ""): string {
  return `${country}•• •••• •••• ${last4}`.trim();
}
