/*
 * How institutions are named across Erasmus+: the Erasmus code the
 * Commission gives each institution (country prefix, city, two digits:
 * "D  MUNCHEN02", "IRLDUBLIN01") and the SCHAC code, the institution's
 * internet domain, which Erasmus Without Paper uses as its identifier.
 */

const ERASMUS_CODE = /^[A-Z]{1,3} ?[A-Z-]{2,}[A-Z0-9-]*\d{2}$/;
const SCHAC_CODE = /^(?=.{4,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;

/** An Erasmus code as people type it, in one spelling: capitals, one space at most between the country and the rest. */
export function normalizeErasmusCode(code: string): string {
  return code.trim().toUpperCase().replace(/\s+/g, " ");
}

export function isErasmusCode(code: string): boolean {
  const normal = normalizeErasmusCode(code);
  return normal.length <= 20 && ERASMUS_CODE.test(normal);
}

/** A SCHAC code is a domain name, compared without case. */
export function normalizeSchacCode(code: string): string {
  return code.trim().toLowerCase();
}

export function isSchacCode(code: string): boolean {
  return SCHAC_CODE.test(normalizeSchacCode(code));
}
