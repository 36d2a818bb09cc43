import type { RoleName } from "@/lib/domain/roles";
import type { MessageKey, Translate } from "@/lib/i18n/translate";

type NavLink = { href: string; label: string };

type Entry = { href: string; label: MessageKey; onlyWithMailCapture?: true };

const VISITOR: Entry[] = [
  { href: "/eligibility", label: "nav.eligibility" },
  { href: "/destinations", label: "nav.destinations" },
  { href: "/incoming", label: "nav.incoming" },
];

/** The header's links for each role: where that person's work is. */
const BY_ROLE: Record<RoleName, Entry[]> = {
  STUDENT: [
    { href: "/student", label: "nav.student" },
    { href: "/eligibility", label: "nav.eligibility" },
    { href: "/destinations", label: "nav.destinations" },
    { href: "/grants/simulator", label: "nav.simulator" },
  ],
  ADMINISTRATOR: [
    { href: "/admin", label: "nav.admin" },
    { href: "/admin/staff", label: "nav.staff" },
    { href: "/admin/institution", label: "nav.institution" },
    { href: "/admin/departments", label: "nav.departments" },
    { href: "/admin/mail", label: "nav.mail", onlyWithMailCapture: true },
  ],
  INTERNATIONAL_OFFICE: [
    { href: "/coordinator", label: "nav.coordinator" },
    { href: "/coordinator/incoming", label: "nav.incomingOffice" },
    { href: "/coordinator/partners", label: "nav.partners" },
    { href: "/coordinator/rounds", label: "nav.rounds" },
    { href: "/coordinator/commission", label: "nav.commission" },
    { href: "/coordinator/grading-tables", label: "nav.gradingTables" },
    { href: "/coordinator/incoming-learning-agreements", label: "nav.incomingAgreements" },
  ],
  GRANT_COMMISSION: [
    { href: "/coordinator", label: "nav.coordinator" },
    { href: "/coordinator/commission", label: "nav.commission" },
  ],
  DEPARTMENTAL_COORDINATOR: [{ href: "/coordinator", label: "nav.coordinator" }],
  HOST_COORDINATOR: [{ href: "/coordinator", label: "nav.coordinator" }],
};

/** The header's links for a visitor (no role) or a signed-in user's role. */
export function navLinksFor(role: RoleName | null, t: Translate, mailCapture: boolean): NavLink[] {
  return (role ? BY_ROLE[role] : VISITOR)
    .filter((entry) => mailCapture || !entry.onlyWithMailCapture)
    .map((entry) => ({ href: entry.href, label: t(entry.label) }));
}
