"use client";

import { signOut } from "next-auth/react";
import { useI18n } from "@/components/i18n/i18n-provider";

export function SignOutButton() {
  const { t } = useI18n();
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: "/" })}
      className="rounded-md px-3 py-1 text-sm font-semibold text-white underline-offset-4 hover:underline"
    >
      {t("nav.signOut")}
    </button>
  );
}
