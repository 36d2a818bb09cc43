import "server-only";

/**
 * Refuses a state-changing request sent by another site's page: the browser
 * says where a request comes from in `Origin` (or `Sec-Fetch-Site`), and
 * only our own origin may write. Server actions get the same check from Next.js.
 */
export function isSameOrigin(request: Request): boolean {
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") return false;
  const origin = request.headers.get("origin");
  if (!origin) return true;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
