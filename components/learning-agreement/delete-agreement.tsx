"use client";

import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { useAction } from "@/components/forms/use-action";
import { NoticeView } from "@/components/forms/notice-view";
import { deleteAgreementAction } from "@/app/actions/learning-agreement";

/** Deletes the whole agreement, possible only while no version has been signed by all three; asks once more first. */
export function DeleteAgreement({ applicationId }: { applicationId: string }) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const { run, notice, busy } = useAction({ refresh: "on-failure" });

  if (!confirming) {
    return (
      <Button variant="ghost" onClick={() => setConfirming(true)}>
        {t("learningAgreement.delete")}
      </Button>
    );
  }
  return (
    <div className="space-y-2">
      <Alert tone="warning">{t("learningAgreement.deleteConfirm")}</Alert>
      <NoticeView notice={notice} />
      <div className="flex gap-2">
        <Button
          disabled={busy}
          onClick={async () => {
            // A full reload, so that the editor starts again from the blank draft the server now gives.
            if ((await run(() => deleteAgreementAction({ applicationId }))).ok) window.location.reload();
          }}
        >
          {t("learningAgreement.deleteConfirmButton")}
        </Button>
        <Button variant="secondary" onClick={() => setConfirming(false)}>
          {t("common.cancel")}
        </Button>
      </div>
    </div>
  );
}
