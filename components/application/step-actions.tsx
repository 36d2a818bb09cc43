"use client";

import { Button } from "@/components/ui/button";
import { useI18n } from "@/components/i18n/i18n-provider";

export function StepActions({ onBack, submitting }: { onBack?: () => void; submitting: boolean }) {
  const { t } = useI18n();
  return (
    <div className="flex justify-between gap-3 border-t border-slate-200 pt-4">
      {onBack ? (
        <Button variant="secondary" onClick={onBack}>
          {t("common.back")}
        </Button>
      ) : (
        <span />
      )}
      <Button type="submit" disabled={submitting}>
        {t("common.next")}
      </Button>
    </div>
  );
}
