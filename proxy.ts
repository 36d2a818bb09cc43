import { NextResponse, type NextRequest } from "next/server";
import { withAuth } from "next-auth/middleware";
import { isSameOriginRequest, SERVER_ACTION_MAX_BYTES } from "@/lib/domain/request-origin";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/locales";

/** A link sent to a partner's contact (signing, end of stay) is in the contact's language (`?lang=`), unless the reader already chose one. */
const LINKS_IN_RECIPIENTS_LANGUAGE = ["/la/sign/", "/end-of-stay/"];
const isRecipientLink = (request: NextRequest) => LINKS_IN_RECIPIENTS_LANGUAGE.some((prefix) => request.nextUrl.pathname.startsWith(prefix));

function recipientLanguage(request: NextRequest): NextResponse | null {
  if (!isRecipientLink(request)) return null;
  const lang = request.nextUrl.searchParams.get("lang");
  if (!isLocale(lang) || isLocale(request.cookies.get(LOCALE_COOKIE)?.value)) return NextResponse.next();
  // The page reads the language from the cookie: this request carries it already, the next ones keep it.
  request.cookies.set(LOCALE_COOKIE, lang);
  const response = NextResponse.next({ request: { headers: request.headers } });
  // For this visit only: the language switcher still remembers a choice for good.
  response.cookies.set(LOCALE_COOKIE, lang, { path: "/", sameSite: "lax" });
  return response;
}

/**
 * A server action refused for where it comes from or for its size gets the
 * answer that says so (403, 413) before Next.js would answer 500.
 */
function refuseServerAction(request: NextRequest): NextResponse | null {
  if (request.method !== "POST" || !request.headers.has("next-action")) return null;
  if (!isSameOriginRequest(request.headers)) return new NextResponse("Forbidden: this request comes from another site.", { status: 403 });
  if (Number(request.headers.get("content-length") ?? 0) > SERVER_ACTION_MAX_BYTES) {
    return new NextResponse("Payload too large.", { status: 413 });
  }
  return null;
}

// Optimistic redirect of anonymous visitors only; every page, action and
// route handler checks the caller again in the data-access layer. Server
// actions pass through: they answer "unauthenticated" themselves, which lets
// a form keep its data instead of following a redirect.
export default withAuth((request) => refuseServerAction(request) ?? recipientLanguage(request) ?? NextResponse.next(), {
  pages: { signIn: "/sign-in" },
  callbacks: {
    authorized: ({ token, req }) => Boolean(token) || req.headers.has("next-action") || isRecipientLink(req),
  },
});

export const config = {
  matcher: [
    "/student/:path*",
    "/coordinator/:path*",
    "/admin/:path*",
    "/la/sign/:path*",
    "/end-of-stay/:path*",
    // Server actions on every other page, and only them: the proxy costs a request its time.
    { source: "/((?!_next/|api/).*)", has: [{ type: "header", key: "next-action" }] },
  ],
};
