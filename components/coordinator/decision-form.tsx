"use client";

import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { decideAction } from "@/app/actions/review";
import type { ApplicationStatus } from "@/lib/domain/application/status";
import { useDossierAction } from "./use-dossier-action";
import { SelectField, TextAreaField } from "@/components/ui/field";

export function DecisionForm({ applicationId, version, moves }: { applicationId: string; version: number; moves: ApplicationStatus[] }) {
  const { t } = useI18n();
  const { run, error, busy } = useDossierAction();
  const [to, setTo] = useState<ApplicationStatus | "">(moves[0] ?? "");
  const [reason, setReason] = useState("");
  const [done, setDone] = useState(false);
  if (moves.length === 0) return <p className="text-sm text-slate-700">{t("coordinator.noMoves")}</p>;
  return (
    <form
      className="space-y-3"
      onSubmit={async (event) => {
        event.preventDefault();
        if (!to) return;
        setDone(false);
        if (await run(() => decideAction({ applicationId, version, to, reason }))) {
          setDone(true);
          setReason("");
        }
      }}
    >
      <SelectField label={t("coordinator.decisionTarget")} value={to} onChange={(e) => setTo(e.target.value as ApplicationStatus)}>
        {moves.map((status) => (
          <option key={status} value={status}>
            {t(`statuses.${status}`)}
          </option>
        ))}
      </SelectField>
      <TextAreaField label={t("coordinator.decisionReason")} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
      <Button type="submit" disabled={busy}>
        {t("coordinator.decide")}
      </Button>
      {done && <Alert tone="success">{t("coordinator.decided")}</Alert>}
      {error && <Alert tone="error">{error}</Alert>}
    </form>
  );
}
