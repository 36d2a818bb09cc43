"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { signOutDestinationAction } from "@/app/actions/sign-out";

export function SignOutButton() {
  const { t } = useI18n();
  async function signOut() {
    // Asked before the session ends: after a sign-in through the institution, its own session ends too.
    const destination = await signOutDestinationAction({});
    // Loaded on click: next-auth's client would otherwise weigh on every page's first load.
    const { signOut } = await import("next-auth/react");
    await signOut({ callbackUrl: (destination.ok && destination.data) || "/" });
  }
  return (
    <button type="button" onClick={signOut} className="rounded-md px-3 py-1 text-sm font-semibold text-white underline-offset-4 hover:underline">
      {t("nav.signOut")}
    </button>
  );
}
