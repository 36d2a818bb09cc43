import NextAuth from "next-auth";
import { authOptions } from "@/lib/server/auth/options";
import { defineRoute } from "@/lib/server/http/define-route";

// next-auth checks its own CSRF token on every write; an identity provider's callback comes from its own site.
const handler = defineRoute<{ nextauth: string[] }>({ access: "public", crossSite: true }, ({ request, context }) => NextAuth(authOptions())(request, context));

export { handler as GET, handler as POST };
