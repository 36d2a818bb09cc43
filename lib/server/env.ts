import "server-only";
import { z } from "zod";

/** Erasmus Without Paper: the portal is a node of the network when EWP_PRIVATE_KEY (an RSA key, PEM) is set. */
const EWP_SETTINGS = {
  // The portal's public address (links in e-mails, sign-in); EWP_BASE_URL defaults to it.
  NEXTAUTH_URL: z.string().url().optional(),
  EWP_PRIVATE_KEY: z.string().optional(),
  // The https address partners reach the portal at (NEXTAUTH_URL when unset); the manifest lists the APIs under it.
  EWP_BASE_URL: z.string().url().optional(),
  // The registry's catalogue of the network (a file path or an https URL), re-read every EWP_REGISTRY_REFRESH_MINUTES.
  EWP_REGISTRY_CATALOGUE: z.string().default("https://registry.erasmuswithoutpaper.eu/catalogue-v1.xml"),
  EWP_REGISTRY_REFRESH_MINUTES: z.coerce.number().int().positive().default(10),
  // Whom the network's registry and partners write to about this node.
  EWP_ADMIN_EMAIL: z.string().email().optional(),
};
type EwpSettings = z.infer<z.ZodObject<typeof EWP_SETTINGS>>;
const ewpRule = (e: EwpSettings) => !e.EWP_PRIVATE_KEY || Boolean((e.EWP_BASE_URL ?? e.NEXTAUTH_URL)?.startsWith("https://") && e.EWP_ADMIN_EMAIL);
const EWP_RULE_MESSAGE = {
  path: ["EWP_BASE_URL"],
  message: "with EWP_PRIVATE_KEY, EWP_BASE_URL (or NEXTAUTH_URL) must be an https address and EWP_ADMIN_EMAIL is required",
};

const ZEnv = z
  .object({
    DATABASE_URL: z.string().url(),
    DATABASE_POOL_SIZE: z.coerce.number().int().positive().optional(),
    NEXTAUTH_SECRET: z.string().min(16),
    SMTP_URL: z.string().url(),
    MAIL_FROM: z.string().default("Erasmus+ <erasmus@portal.invalid>"),
    // Set by `npm start` and the test runner when they start the project's own
    // SMTP receiver; enables the captured-mail page for administrators.
    MAIL_CAPTURE: z.enum(["on", "off"]).default("off"),
    STORAGE_DRIVER: z.enum(["local", "s3"]).default("local"),
    STORAGE_DIR: z.string().default(".data/uploads"),
    S3_ENDPOINT: z.string().url().optional(),
    S3_REGION: z.string().default("us-east-1"),
    S3_BUCKET: z.string().optional(),
    S3_ACCESS_KEY_ID: z.string().optional(),
    S3_SECRET_ACCESS_KEY: z.string().optional(),
    UPLOAD_MAX_BYTES: z.coerce
      .number()
      .int()
      .positive()
      .default(10 * 1024 * 1024),
    // Uploads one user may make in 10 minutes.
    UPLOAD_RATE_LIMIT: z.coerce.number().int().positive().default(60),
    // 32 bytes, base64: encrypts bank details at rest.
    DATA_ENCRYPTION_KEY: z
      .string()
      .refine((value) => Buffer.from(value, "base64").length === 32, "must be 32 bytes, base64-encoded (openssl rand -base64 32)")
      .optional(),
    // A session ends after this many minutes without a request, and in any case this many hours after sign-in.
    SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(60),
    SESSION_MAX_HOURS: z.coerce.number().int().positive().default(8),
    // Sign-in with the institution's account (OpenID Connect): on when OIDC_ISSUER is set.
    OIDC_ISSUER: z.string().url().optional(),
    OIDC_CLIENT_ID: z.string().optional(),
    OIDC_CLIENT_SECRET: z.string().optional(),
    OIDC_SCOPES: z.string().default("openid email profile"),
    // Which claims carry what (MyAcademicID's names by default where it has them).
    OIDC_EMAIL_CLAIM: z.string().default("email"),
    OIDC_NAME_CLAIM: z.string().default("name"),
    OIDC_STUDENT_NUMBER_CLAIM: z.string().default("student_number"),
    OIDC_ESI_CLAIM: z.string().default("schac_personal_unique_code"),
    OIDC_AFFILIATION_CLAIM: z.string().default("eduperson_affiliation"),
    // "yes" when the provider only holds the institution's own addresses and sends no `email_verified`.
    OIDC_TRUST_EMAIL: z.enum(["yes", "no"]).default("no"),
    // Who may still sign in with a password: everyone, students only (staff use the institution's sign-in), or nobody.
    PASSWORD_SIGN_IN: z.enum(["all", "students", "off"]).default("all"),
    // How often the outbox worker retries e-mail that could not be sent at once.
    OUTBOX_INTERVAL_MS: z.coerce.number().int().positive().default(5_000),
    ...EWP_SETTINGS,
  })
  .refine(ewpRule, EWP_RULE_MESSAGE)
  .refine((e) => !e.OIDC_ISSUER || (e.OIDC_CLIENT_ID && e.OIDC_CLIENT_SECRET), {
    path: ["OIDC_CLIENT_ID"],
    message: "OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are required with OIDC_ISSUER",
  });

export type Env = z.infer<typeof ZEnv>;

let parsed: Env | undefined;

/**
 * Every setting of the portal, read from the environment once. Parsed on
 * first use rather than at import, because `next build` imports server
 * modules without the runtime secrets; `checkEnvironment()` parses it when a
 * server starts, so that a missing secret stops it at once with its name.
 */
export function env(): Env {
  if (!parsed) {
    const result = ZEnv.safeParse(process.env);
    if (!result.success) {
      const problems = result.error.issues.map((i) => `${i.path.join(".") || "environment"}: ${i.message}`).join("; ");
      throw new Error(`Invalid environment: ${problems}. See the README's list of environment variables.`);
    }
    parsed = result.data;
  }
  return parsed;
}

let ewp: EwpSettings | undefined;
/**
 * The EWP settings alone, read once: code that writes data with no server's
 * settings at hand (the seed, run by `npm start` and the tests) finds no node
 * rather than an error. A server checks them with the others at start.
 */
export function ewpEnv(): EwpSettings {
  if (!ewp) {
    const result = z.object(EWP_SETTINGS).refine(ewpRule, EWP_RULE_MESSAGE).safeParse(process.env);
    if (!result.success) throw new Error(`Invalid environment: ${result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}.`);
    ewp = result.data;
  }
  return ewp;
}

/** At start-up: the settings parse, and a production server has every secret it needs. */
export function checkEnvironment(production = process.env.NODE_ENV === "production"): void {
  const settings = env();
  if (production && !settings.DATA_ENCRYPTION_KEY) {
    throw new Error("Invalid environment: DATA_ENCRYPTION_KEY is required in production (32 bytes, base64: openssl rand -base64 32).");
  }
}

/** Whether the portal is served over https: its cookies are then `Secure` (sent over https only). */
export function secureCookies(): boolean {
  return env().NEXTAUTH_URL?.startsWith("https://") ?? false;
}

/** The upload size limit in whole megabytes, as the pages state it. */
export function uploadMaxMb(): number {
  return Math.round(env().UPLOAD_MAX_BYTES / 1024 / 1024);
}
