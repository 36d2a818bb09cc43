"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/forms/use-action";
import { NoticeView } from "@/components/forms/notice-view";
import { answerPlaceAction } from "@/app/actions/selection";

/** The student accepts the offered place, or declines it once they have read what that means. */
export function PlaceAnswer({ applicationId, destination }: { applicationId: string; destination: string }) {
  const { t } = useI18n();
  const { run, notice, busy } = useAction();
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <Button disabled={busy} onClick={() => void run(() => answerPlaceAction({ applicationId, accept: true }), "selection.student.acceptedNotice")}>
          {t("selection.student.accept", { destination })}
        </Button>
        <Button
          variant="danger"
          disabled={busy}
          onClick={() => {
            if (window.confirm(t("selection.student.declineQuestion", { destination })))
              void run(() => answerPlaceAction({ applicationId, accept: false }), "selection.student.declined");
          }}
        >
          {t("selection.student.decline")}
        </Button>
      </div>
      <NoticeView notice={notice} />
    </div>
  );
}
