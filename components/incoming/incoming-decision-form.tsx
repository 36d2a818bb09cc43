"use client";

import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { useDossierAction } from "@/components/coordinator/use-dossier-action";
import { decideIncomingAction } from "@/app/actions/incoming";

export function IncomingDecisionForm({ applicationId, version }: { applicationId: string; version: number }) {
  const { t } = useI18n();
  const { run, error, busy } = useDossierAction();
  const [message, setMessage] = useState("");
  const [done, setDone] = useState(false);
  const decide = async (decision: "ACCEPTED" | "DECLINED") => {
    if (await run(() => decideIncomingAction({ applicationId, version, decision, message }))) setDone(true);
  };
  return (
    <div className="space-y-3">
      <label className="block text-sm font-medium">
        {t("incoming.decisionMessageLabel")}
        <textarea className="mt-1 block w-full rounded-md border border-slate-300 p-2" rows={4} value={message} onChange={(e) => setMessage(e.target.value)} />
      </label>
      <div className="flex gap-2">
        <Button onClick={() => decide("ACCEPTED")} disabled={busy}>
          {t("incoming.accept")}
        </Button>
        <Button variant="danger" onClick={() => decide("DECLINED")} disabled={busy}>
          {t("incoming.decline")}
        </Button>
      </div>
      {done && <Alert tone="success">{t("incoming.decided")}</Alert>}
      {error && <Alert tone="error">{error}</Alert>}
    </div>
  );
}
