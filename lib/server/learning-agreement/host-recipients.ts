import "server-only";
import { db } from "@/lib/server/db/client";
import type { Prisma } from "@/lib/server/db/generated/client";
import { AppError } from "@/lib/server/errors";
import type { Locale } from "@/lib/i18n/locales";
import type { CurrentUser } from "@/lib/server/auth/session";
import { sendingSignerApplications } from "./access";
import { mobilityChoice } from "@/lib/domain/allocation/mobility-choice";
import { HELD_PLACE_SELECT } from "@/lib/server/selection/selection-state";

/** Someone at the host institution who may receive its signing link: a contact the office registered, or a host-coordinator account. */
export type HostRecipient = {
  /** `contact:<id>` or `account:<id>`: what the home coordinator's choice sends back. */
  key: string;
  name: string;
  email: string;
  role: "INSTITUTIONAL_COORDINATOR" | "DEPARTMENTAL_COORDINATOR" | "INCOMING_OFFICE" | "HOST_ACCOUNT";
  locale: Locale;
};

/**
 * The people the host's signing link may go to for an application: only
 * the receiving partner's registered contacts and host-coordinator accounts,
 * never an address from the agreement's text, which the student writes.
 */
export async function hostRecipients(applicationId: string, tx: Prisma.TransactionClient = db): Promise<HostRecipient[]> {
  const application = await tx.outgoingApplication.findUnique({
    where: { id: applicationId },
    select: { placeOffers: HELD_PLACE_SELECT, choices: { orderBy: { rank: "asc" }, select: { partnerInstitutionId: true } } },
  });
  const mobility = application && mobilityChoice(application.choices, application.placeOffers);
  if (!mobility) return [];
  const choice = await tx.destinationChoice.findFirst({
    where: { applicationId, partnerInstitutionId: mobility.partnerInstitutionId },
    select: {
      partnerInstitution: {
        select: {
          contacts: { orderBy: [{ role: "asc" }, { name: "asc" }], select: { id: true, name: true, email: true, role: true, locale: true } },
          coordinators: {
            where: { role: "HOST_COORDINATOR", deactivatedAt: null },
            orderBy: { name: "asc" },
            select: { id: true, name: true, email: true, locale: true },
          },
        },
      },
    },
  });
  if (!choice) return [];
  const { contacts, coordinators } = choice.partnerInstitution;
  const everyone: HostRecipient[] = [
    ...contacts.map((c) => ({ key: `contact:${c.id}`, name: c.name, email: c.email, role: c.role, locale: c.locale })),
    ...coordinators.map((u) => ({ key: `account:${u.id}`, name: u.name, email: u.email, role: "HOST_ACCOUNT" as const, locale: u.locale })),
  ];
  // A registered contact who also has an account is offered once.
  return everyone.filter((r, index) => everyone.findIndex((other) => other.email === r.email) === index);
}

/** The recipient the home coordinator chose, refused unless it is one of the host's registered people. */
export async function chosenHostRecipient(tx: Prisma.TransactionClient, applicationId: string, key: string): Promise<HostRecipient> {
  const recipients = await hostRecipients(applicationId, tx);
  if (recipients.length === 0) throw new AppError("refused", "no_host_contact");
  const chosen = recipients.find((r) => r.key === key);
  if (!chosen) throw new AppError("refused", "host_recipient_unknown");
  return chosen;
}

/** The choice the home coordinator is offered: only for someone who signs for the home institution on that application. */
export async function hostRecipientsFor(user: CurrentUser, applicationId: string): Promise<HostRecipient[]> {
  const scope = sendingSignerApplications(user);
  if (!scope || !(await db.outgoingApplication.count({ where: { AND: [{ id: applicationId }, scope] } }))) return [];
  return hostRecipients(applicationId);
}
