/**
 * `npm run admin:create -- <e-mail> [name]`: invites an administrator and
 * prints their one-time link, for a portal started without demo data
 * (`SEED=none`). Run it while `npm start` runs (it then reaches the embedded
 * PostgreSQL), or with DATABASE_URL set. No password is ever printed or set
 * here: the person chooses theirs through the link.
 */
import { createDatabaseClient } from "../lib/server/db/create-client";
import { createStaffInvitation, STAFF_INVITATION_DAYS, staffInvitationLink } from "../lib/server/staff/invite-staff";
import { ZStaffInvitation } from "../lib/validation/staff";
import { embeddedDatabaseUrl } from "./lib/embedded-postgres";

async function main() {
  const [email, ...name] = process.argv.slice(2);
  const parsed = ZStaffInvitation.safeParse({
    email: email ?? "",
    name: name.join(" ") || "Administrator",
    role: "ADMINISTRATOR",
    departmentId: "",
    partnerInstitutionId: "",
    locale: "fr",
  });
  if (!parsed.success) throw new Error("Usage: npm run admin:create -- <e-mail> [name]  (the e-mail address is not valid)");
  const url = process.env.DATABASE_URL ?? embeddedDatabaseUrl(Number(process.env.EMBEDDED_PG_PORT ?? 54329), "erasmus");
  const db = createDatabaseClient(url);
  try {
    const { token } = await db.$transaction((tx) => createStaffInvitation(tx, parsed.data, null));
    const portal = process.env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
    console.log(`Administrator invited. Open this link within ${STAFF_INVITATION_DAYS} days to choose the password:\n${staffInvitationLink(portal, token)}`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
