/**
 * A real OpenID Connect provider for the tests (the npm package
 * `oidc-provider`), on loopback, with the few people the tests sign in as.
 * Its login page is the package's development page: any password is
 * accepted for a listed login. Consent is taken as given, as an
 * institution's own provider does for its own services.
 */
import Provider from "oidc-provider";

const ESI = (n: string) => `urn:schac:personalUniqueCode:int:esi:fr:${n}`;

/** The people the provider knows, by login. */
export const IDP_PEOPLE = {
  lina: {
    email: "lina.institution@univ.test",
    name: "Lina Institution",
    student_number: "20269001",
    schac_personal_unique_code: [ESI("20269001")],
    eduperson_affiliation: ["student", "member"],
  },
  marc: {
    email: "marc.existing@univ.test",
    name: "Marc Existing",
    student_number: "20269002",
    schac_personal_unique_code: [ESI("20269002")],
    eduperson_affiliation: ["student"],
  },
  nadia: { email: "nadia.staff@univ.test", name: "Nadia Staff", eduperson_affiliation: ["staff", "member"] },
  paul: { email: "paul.coordinator@univ.test", name: "Paul Coordinator", eduperson_affiliation: ["faculty", "staff"] },
  unverified: { email: "no.proof@univ.test", name: "No Proof", student_number: "20269003", eduperson_affiliation: ["student"], email_verified: false },
} satisfies Record<string, Record<string, unknown>>;

export const IDP_CLIENT = { id: "erasmus-portal", secret: "a-test-client-secret-of-enough-length" };

export async function startIdentityProvider(port: number, portalUrl: string): Promise<{ issuer: string; stop: () => Promise<void> }> {
  const issuer = `http://localhost:${port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: IDP_CLIENT.id,
        client_secret: IDP_CLIENT.secret,
        redirect_uris: [`${portalUrl}/api/auth/callback/institution`],
        post_logout_redirect_uris: [`${portalUrl}/`],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    async findAccount(_ctx, id) {
      const person = IDP_PEOPLE[id as keyof typeof IDP_PEOPLE];
      if (!person) return undefined;
      return { accountId: id, claims: async () => ({ sub: `idp-${id}`, email_verified: true, ...person }) };
    },
    claims: {
      openid: ["sub"],
      email: ["email", "email_verified"],
      profile: ["name", "student_number", "schac_personal_unique_code", "eduperson_affiliation"],
    },
    // Every claim of the granted scopes in the ID token, which is what the portal reads.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
    cookies: { keys: ["a-test-cookie-key-of-enough-length"] },
    async loadExistingGrant(ctx) {
      const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session!.grantIdFor(ctx.oidc.client!.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client!.clientId, accountId: ctx.oidc.session!.accountId! });
      grant.addOIDCScope("openid email profile");
      await grant.save();
      return grant;
    },
  });
  const server = provider.listen(port);
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  return { issuer, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
