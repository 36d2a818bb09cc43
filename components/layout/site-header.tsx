import Link from "next/link";
import type { CurrentUser } from "@/lib/server/auth/session";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { isCoordinator } from "@/lib/domain/roles";
import { LanguageSwitcher } from "./language-switcher";
import { SignOutButton } from "./sign-out-button";

type NavLink = { href: string; label: string };

function linksFor(user: CurrentUser | null, t: Translate, mailCapture: boolean): NavLink[] {
  if (!user) {
    return [
      { href: "/eligibility", label: t("nav.eligibility") },
      { href: "/incoming", label: t("nav.incoming") },
    ];
  }
  if (user.role === "STUDENT") {
    return [
      { href: "/student", label: t("nav.student") },
      { href: "/eligibility", label: t("nav.eligibility") },
      { href: "/grants/simulator", label: t("nav.simulator") },
    ];
  }
  if (user.role === "ADMINISTRATOR") {
    const links = [{ href: "/admin", label: t("nav.admin") }];
    if (mailCapture) links.push({ href: "/admin/mail", label: t("nav.mail") });
    return links;
  }
  if (user.role === "INTERNATIONAL_OFFICE") {
    return [
      { href: "/coordinator", label: t("nav.coordinator") },
      { href: "/coordinator/incoming", label: t("incoming.officeTab") },
      { href: "/coordinator/commission", label: t("nav.commission") },
    ];
  }
  if (user.role === "GRANT_COMMISSION") {
    return [
      { href: "/coordinator", label: t("nav.coordinator") },
      { href: "/coordinator/commission", label: t("nav.commission") },
    ];
  }
  return isCoordinator(user.role) ? [{ href: "/coordinator", label: t("nav.coordinator") }] : [];
}

export function SiteHeader({
  user,
  locale,
  t,
  mailCapture,
}: {
  user: CurrentUser | null;
  locale: Locale;
  t: Translate;
  mailCapture: boolean;
}) {
  const links = linksFor(user, t, mailCapture);
  return (
    <header className="no-print bg-eu-blue text-white">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2 focus:text-eu-blue">
        {t("common.skipToContent")}
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 text-lg font-bold">
          <span aria-hidden="true" className="text-eu-yellow">★</span>
          {t("common.appName")}
        </Link>
        <nav aria-label={t("nav.primary")} className="flex flex-wrap items-center gap-x-4 gap-y-2">
          {links.map((link) => (
            <Link key={link.href} href={link.href} className="text-sm font-semibold underline-offset-4 hover:underline">
              {link.label}
            </Link>
          ))}
          {user ? (
            <>
              <span className="text-xs text-blue-100" data-testid="signed-in-as">
                {t("nav.signedInAs", { name: user.name, role: t(`roles.${user.role}`) })}
              </span>
              <SignOutButton />
            </>
          ) : (
            <>
              <Link href="/sign-in" className="text-sm font-semibold underline-offset-4 hover:underline">
                {t("nav.signIn")}
              </Link>
              <Link href="/sign-up" className="rounded-md bg-eu-yellow px-3 py-1 text-sm font-semibold text-slate-900">
                {t("nav.signUp")}
              </Link>
            </>
          )}
          <LanguageSwitcher locale={locale} label={t("common.switchTo")} />
        </nav>
      </div>
    </header>
  );
}
