import { withAuth } from "next-auth/middleware";

// Optimistic redirect of anonymous visitors only; every page, action and
// route handler checks the caller again in the data-access layer. Server
// actions pass through: they answer "unauthenticated" themselves, which lets
// a form keep its data instead of following a redirect.
export default withAuth({
  pages: { signIn: "/sign-in" },
  callbacks: { authorized: ({ token, req }) => Boolean(token) || req.headers.has("next-action") },
});

export const config = { matcher: ["/student/:path*", "/coordinator/:path*", "/admin/:path*"] };
