"use client";

import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { deleteAgreementAction } from "@/app/actions/learning-agreement";

/** Deletes the whole agreement, possible only while no version has been signed by all three; asks once more first. */
export function DeleteAgreement({ applicationId }: { applicationId: string }) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);

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
      {error && <Alert tone="error">{error}</Alert>}
      <div className="flex gap-2">
        <Button
          onClick={async () => {
            const result = await deleteAgreementAction({ applicationId });
            if (!result.ok) return setError(result.detail ? t(`errors.refusals.${result.detail}`) : t(`errors.${result.error}`));
            // A full reload, so that the editor starts again from the blank draft the server now gives.
            window.location.reload();
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
