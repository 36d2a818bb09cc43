"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useI18n } from "@/components/i18n/i18n-provider";

type Result = { ok: true } | { ok: false; error: string; detail?: string; fieldErrors?: Record<string, string>; reference?: string };

/** Runs an action, refreshes the page and keeps a message to show next to the form. */
export function useActionNotice() {
  const { t } = useI18n();
  const router = useRouter();
  const [notice, setNotice] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  async function run(action: () => Promise<Result>, success: string): Promise<boolean> {
    setBusy(true);
    setNotice(null);
    const result = await action();
    setBusy(false);
    router.refresh();
    if (result.ok) {
      setNotice({ tone: "success", text: success });
      return true;
    }
    const text =
      result.error === "refused" && result.detail
        ? t(`errors.refusals.${result.detail}`)
        : result.fieldErrors
          ? Object.values(result.fieldErrors).map((key) => t(key)).join(" ")
          : t(`errors.${result.error}`);
    setNotice({ tone: "error", text });
    return false;
  }
  return { run, notice, busy, setNotice };
}
