"use client";

import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { CheckboxField, TextAreaField, TextField } from "@/components/ui/field";
import { acceptForceMajeureAction, withdrawAction } from "@/app/actions/grants";
import { useActionNotice } from "./use-action-notice";

/** Declares a withdrawal or an early return, for the student or a coordinator. */
export function WithdrawalForm({ applicationId }: { applicationId: string }) {
  const { t } = useI18n();
  const [reason, setReason] = useState("");
  const [returnDate, setReturnDate] = useState("");
  const [forceMajeure, setForceMajeure] = useState(false);
  const { run, notice, busy } = useActionNotice();
  return (
    <form
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        void run(() => withdrawAction({ applicationId, reason, returnDate, forceMajeure }), t("grants.withdrawn"));
      }}
    >
      <p className="text-sm text-slate-700">{t("grants.withdrawLead")}</p>
      <TextAreaField label={t("grants.withdrawReason")} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
      <TextField type="date" label={t("grants.returnDate")} value={returnDate} onChange={(e) => setReturnDate(e.target.value)} />
      <CheckboxField label={t("grants.forceMajeure")} checked={forceMajeure} onChange={(e) => setForceMajeure(e.target.checked)} />
      <Button type="submit" variant="danger" disabled={busy}>
        {t("grants.withdraw")}
      </Button>
      {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
    </form>
  );
}

export function ForceMajeureAcceptance({ applicationId }: { applicationId: string }) {
  const { t } = useI18n();
  const { run, notice, busy } = useActionNotice();
  return (
    <div className="space-y-2">
      <Button variant="secondary" disabled={busy} onClick={() => run(() => acceptForceMajeureAction({ applicationId }), t("common.save"))}>
        {t("grants.recordAcceptance")}
      </Button>
      {notice?.tone === "error" && <Alert tone="error">{notice.text}</Alert>}
    </div>
  );
}
