"use client";

import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { useDossierAction } from "@/components/coordinator/use-dossier-action";
import { decideIncomingAction } from "@/app/actions/incoming";
import { TextAreaField } from "@/components/ui/field";

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
      <TextAreaField label={t("incoming.decisionMessageLabel")} rows={4} value={message} onChange={(e) => setMessage(e.target.value)} />
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
