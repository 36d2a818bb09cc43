import { isCoordinator, type RoleName } from "@/lib/domain/roles";
import type { Translate } from "@/lib/i18n/translate";

export type NavLink = { href: string; label: string };

/** The header's links for a visitor (no role) or a signed-in user's role. */
export function navLinksFor(role: RoleName | null, t: Translate, mailCapture: boolean): NavLink[] {
  if (!role) {
    return [
      { href: "/eligibility", label: t("nav.eligibility") },
      { href: "/incoming", label: t("nav.incoming") },
    ];
  }
  if (role === "STUDENT") {
    return [
      { href: "/student", label: t("nav.student") },
      { href: "/eligibility", label: t("nav.eligibility") },
      { href: "/grants/simulator", label: t("nav.simulator") },
    ];
  }
  if (role === "ADMINISTRATOR") {
    const links = [{ href: "/admin", label: t("nav.admin") }];
    if (mailCapture) links.push({ href: "/admin/mail", label: t("nav.mail") });
    return links;
  }
  if (role === "INTERNATIONAL_OFFICE") {
    return [
      { href: "/coordinator", label: t("nav.coordinator") },
      { href: "/coordinator/incoming", label: t("nav.incomingOffice") },
      { href: "/coordinator/commission", label: t("nav.commission") },
    ];
  }
  if (role === "GRANT_COMMISSION") {
    return [
      { href: "/coordinator", label: t("nav.coordinator") },
      { href: "/coordinator/commission", label: t("nav.commission") },
    ];
  }
  return isCoordinator(role) ? [{ href: "/coordinator", label: t("nav.coordinator") }] : [];
}
