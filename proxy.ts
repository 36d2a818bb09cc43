import { withAuth } from "next-auth/middleware";

// Optimistic redirect of anonymous visitors only; every page, action and
// route handler checks the caller again in the data-access layer.
export default withAuth({ pages: { signIn: "/sign-in" } });

export const config = { matcher: ["/student/:path*", "/coordinator/:path*", "/admin/:path*"] };
