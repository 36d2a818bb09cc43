"use client";

import { useEffect, useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { isRole } from "@/lib/domain/roles";
import { NavItems, type NavUser } from "./nav-items";

/**
 * The header of a page served from the static cache: it knows nobody, so it
 * asks next-auth's session endpoint who is reading once in the browser.
 */
export function SessionNav({ mailCapture }: { mailCapture: boolean }) {
  const { t } = useI18n();
  const [user, setUser] = useState<NavUser | null>(null);
  useEffect(() => {
    let current = true;
    fetch("/api/auth/session", { credentials: "same-origin" })
      .then((response) => (response.ok ? response.json() : null))
      .then((session: { user?: { name?: string; role?: unknown } } | null) => {
        const role = session?.user?.role;
        if (current && isRole(role)) setUser({ name: session?.user?.name ?? "", role });
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, []);
  return <NavItems user={user} t={t} mailCapture={mailCapture} />;
}
