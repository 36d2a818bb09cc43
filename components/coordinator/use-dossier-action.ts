"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useI18n } from "@/components/i18n/i18n-provider";

type Result = { ok: true } | { ok: false; error: string; detail?: string; fieldErrors?: Record<string, string>; reference?: string };

/**
 * Runs a dossier action and refreshes the page; when someone else changed
 * the dossier meanwhile, says so, and the refresh shows the new state.
 */
export function useDossierAction() {
  const { t } = useI18n();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function run(action: () => Promise<Result>): Promise<boolean> {
    setBusy(true);
    setError(null);
    const result = await action();
    setBusy(false);
    router.refresh();
    if (result.ok) return true;
    if (result.error === "conflict") setError(t("coordinator.changedMeanwhile"));
    else if (result.error === "refused" && result.detail) setError(t(`errors.refusals.${result.detail}`));
    else if (result.fieldErrors) setError(Object.values(result.fieldErrors).map((key) => t(key)).join(" "));
    else if (result.error === "internal") setError(t("common.genericError", { reference: result.reference ?? "-" }));
    else setError(t(`errors.${result.error}`));
    return false;
  }

  return { run, error, busy };
}
