"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/forms/use-action";
import { NoticeView } from "@/components/forms/notice-view";
import { copyRoundAction, deleteRoundAction } from "@/app/actions/round-setup";

/** Copy a round to next year (then open the copy), or delete one that has no application, after confirmation. */
export function RoundRowActions({ roundId, name, deletable }: { roundId: string; name: string; deletable: boolean }) {
  const { t } = useI18n();
  const router = useRouter();
  const { run, notice, busy } = useAction();
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button
        variant="secondary"
        disabled={busy}
        aria-label={t("rounds.copyLabel", { name })}
        onClick={async () => {
          const result = await run(() => copyRoundAction({ roundId }));
          if (result.ok) router.push(`/coordinator/rounds/${result.data.id}?copied=1`);
        }}
      >
        {t("rounds.copy")}
      </Button>
      {deletable && !confirming && (
        <Button variant="ghost" disabled={busy} aria-label={t("rounds.deleteLabel", { name })} onClick={() => setConfirming(true)}>
          {t("rounds.delete")}
        </Button>
      )}
      {confirming && (
        <span className="flex items-center gap-2 text-sm">
          {t("rounds.confirmDelete", { name })}
          <Button variant="danger" disabled={busy} onClick={() => run(() => deleteRoundAction({ roundId }), "rounds.deleted")}>
            {t("rounds.yesDelete")}
          </Button>
          <Button variant="ghost" onClick={() => setConfirming(false)}>
            {t("common.cancel")}
          </Button>
        </span>
      )}
      <NoticeView notice={notice} />
    </div>
  );
}
