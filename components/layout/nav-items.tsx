import Link from "next/link";
import type { RoleName } from "@/lib/domain/roles";
import type { Translate } from "@/lib/i18n/translate";
import { navLinksFor } from "./nav-links";
import { SignOutButton } from "./sign-out-button";
import { SessionKeepAlive } from "./session-keep-alive";

export type NavUser = { name: string; role: RoleName };

const linkClass = "text-sm font-semibold underline-offset-4 hover:underline";

/** The header's links and account part; rendered by the server, or in the browser on static pages. */
export function NavItems({ user, t, mailCapture }: { user: NavUser | null; t: Translate; mailCapture: boolean }) {
  return (
    <>
      {navLinksFor(user?.role ?? null, t, mailCapture).map((link) => (
        <Link key={link.href} href={link.href} className={linkClass}>
          {link.label}
        </Link>
      ))}
      {user ? (
        <>
          <span className="text-xs text-blue-100" data-testid="signed-in-as">
            {t("nav.signedInAs", { name: user.name, role: t(`roles.${user.role}`) })}
          </span>
          <SignOutButton />
          <SessionKeepAlive />
        </>
      ) : (
        <>
          <Link href="/sign-in" className={linkClass}>
            {t("nav.signIn")}
          </Link>
          <Link href="/sign-up" className="rounded-md bg-eu-yellow px-3 py-1 text-sm font-semibold text-slate-900">
            {t("nav.signUp")}
          </Link>
        </>
      )}
    </>
  );
}
