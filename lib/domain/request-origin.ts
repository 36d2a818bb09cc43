/*
 * Where a request comes from, as browsers say it: `Sec-Fetch-Site`, else
 * `Origin` compared with the host it was sent to. Pure, so that the proxy
 * and the route handlers share it.
 */

type Headers = { get(name: string): string | null };

/** Whether a state-changing request was sent by one of our own pages (or by no page at all, as a script does). */
export function isSameOriginRequest(headers: Headers): boolean {
  const site = headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") return false;
  const origin = headers.get("origin");
  if (!origin) return true;
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** The largest server action request body Next.js accepts (its default, `serverActions.bodySizeLimit`). */
export const SERVER_ACTION_MAX_BYTES = 1024 * 1024;
