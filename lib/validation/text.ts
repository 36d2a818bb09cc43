import { z } from "zod";
import { V } from "./messages";
import { isErasmusCode, normalizeErasmusCode } from "@/lib/domain/partner/codes";
import { isIsoDate } from "@/lib/domain/calendar";

// C0 control characters and DEL: a NUL byte breaks PostgreSQL text, the
// others hide text from whoever reads it. Text areas keep tab and line breaks.
const NO_CONTROL = /^[^\u0000-\u001f\u007f]*$/;
const NO_CONTROL_BUT_BREAKS = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/;

/** Every single-line string of every schema: a name, a code, an identifier, an address. */
export function line() {
  return z.string({ error: V.required }).regex(NO_CONTROL, V.controlCharacter);
}

/** A text area's content: line breaks and tabs allowed, other control characters not. */
export function prose() {
  return z.string({ error: V.required }).regex(NO_CONTROL_BUT_BREAKS, V.controlCharacter);
}

/** A calendar day as `YYYY-MM-DD`, one that exists. */
export function isoDate() {
  return line().min(1, V.required).refine(isIsoDate, V.date);
}

/** A record's identifier as it travels in a form or a path. */
export function recordId() {
  return line().min(1, V.required).max(40, V.invalid);
}

/** Whether a value from outside (a path segment, a search parameter) is free of control characters. */
export function isCleanText(value: string): boolean {
  return NO_CONTROL.test(value);
}

/** The path of the first string in a JSON-like value that holds a control character a text area would not, or null. */
export function controlCharacterPath(value: unknown, path: string[] = []): string | null {
  if (typeof value === "string") return NO_CONTROL_BUT_BREAKS.test(value) ? null : path.join(".");
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = controlCharacterPath(item, [...path, String(index)]);
      if (found !== null) return found;
    }
    return null;
  }
  if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      const found = controlCharacterPath(key, [...path, key]) ?? controlCharacterPath(item, [...path, key]);
      if (found !== null) return found;
    }
  }
  return null;
}

/** A web address a page will link to: http or https only, so that no `javascript:` or `data:` link is ever published. */
export function webAddress() {
  return line()
    .trim()
    .url(V.url)
    .refine((value) => /^https?:\/\/[^/]/i.test(value), V.url);
}

/** An e-mail address, in one spelling: trimmed and in lower case. */
export function emailAddress() {
  return line().trim().toLowerCase().min(1, V.required).max(254, V.tooLong).email(V.email);
}

/** An Erasmus code, in the one spelling of `normalizeErasmusCode`. */
export function erasmusCode() {
  return line().transform(normalizeErasmusCode).refine(isErasmusCode, V.erasmusCode);
}
