"use client";

import { useEffect } from "react";
import { usePathname } from "next/navigation";

const AT_MOST_EVERY_MS = 60_000;
let lastRenewal = 0;

/**
 * A session ends after SESSION_IDLE_MINUTES without activity: each page
 * opened, key pressed or click renews it (at most once a minute) through
 * next-auth's session endpoint, which issues the cookie again.
 */
export function SessionKeepAlive() {
  const pathname = usePathname();
  useEffect(() => {
    const renew = () => {
      if (Date.now() - lastRenewal < AT_MOST_EVERY_MS) return;
      lastRenewal = Date.now();
      void fetch("/api/auth/session", { credentials: "same-origin", cache: "no-store" }).catch(() => undefined);
    };
    renew();
    window.addEventListener("keydown", renew);
    window.addEventListener("pointerdown", renew);
    return () => {
      window.removeEventListener("keydown", renew);
      window.removeEventListener("pointerdown", renew);
    };
  }, [pathname]);
  return null;
}
