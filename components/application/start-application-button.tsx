"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { startApplicationAction } from "@/app/actions/applications";

export function StartApplicationButton({ roundId }: { roundId: string }) {
  const { t } = useI18n();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function start() {
    setBusy(true);
    const result = await startApplicationAction({ roundId });
    if (result.ok) router.push(`/student/applications/${result.data.id}`);
    else {
      setBusy(false);
      setError(result.error === "refused" && result.detail ? t(`errors.refusals.${result.detail}`) : t(`errors.${result.error}`));
    }
  }
  return (
    <div className="space-y-2">
      <Button onClick={start} disabled={busy}>
        {t("application.start")}
      </Button>
      {error && <Alert tone="error">{error}</Alert>}
    </div>
  );
}
