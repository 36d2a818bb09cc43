import { NextResponse, type NextRequest } from "next/server";
import { withAuth } from "next-auth/middleware";
import { isSameOriginRequest, SERVER_ACTION_MAX_BYTES } from "@/lib/domain/request-origin";

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
export default withAuth((request) => refuseServerAction(request) ?? NextResponse.next(), {
  pages: { signIn: "/sign-in" },
  callbacks: { authorized: ({ token, req }) => Boolean(token) || req.headers.has("next-action") },
});

export const config = {
  matcher: [
    "/student/:path*",
    "/coordinator/:path*",
    "/admin/:path*",
    // Server actions on every other page, and only them: the proxy costs a request its time.
    { source: "/((?!_next/|api/).*)", has: [{ type: "header", key: "next-action" }] },
  ],
};
