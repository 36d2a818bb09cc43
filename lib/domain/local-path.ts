const BASE = "http://portal.invalid";

// Browsers drop tabs and line breaks from addresses and read a backslash as a
// slash, so "/%09/evil.example" or "/\evil.example" can become "//evil.example",
// another site. Anything of the kind, encoded or not, is refused.
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\\]/;

/**
 * A path on this site to come back to after signing in, as typed in a link
 * (`?callbackUrl=`), or undefined when it could lead anywhere else.
 */
export function localPath(value: unknown): string | undefined {
  if (typeof value !== "string" || !value.startsWith("/")) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    return undefined;
  }
  if (HIDDEN.test(decoded) || HIDDEN.test(value) || decoded.startsWith("//") || /^\/\s/.test(decoded)) return undefined;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return undefined;
  }
  if (url.origin !== BASE || /\s/.test(decodeURIComponent(url.pathname))) return undefined;
  return `${url.pathname}${url.search}${url.hash}`;
}
