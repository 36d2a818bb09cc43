"use client";

import { useI18n } from "@/components/i18n/i18n-provider";

export function SignOutButton() {
  const { t } = useI18n();
  return (
    <button
      type="button"
      // Loaded on click: next-auth's client would otherwise weigh on every page's first load.
      onClick={async () => (await import("next-auth/react")).signOut({ callbackUrl: "/" })}
      className="rounded-md px-3 py-1 text-sm font-semibold text-white underline-offset-4 hover:underline"
    >
      {t("nav.signOut")}
    </button>
  );
}
