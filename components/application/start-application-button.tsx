"use client";

import { useRouter } from "next/navigation";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/forms/use-action";
import { NoticeView } from "@/components/forms/notice-view";
import { startApplicationAction } from "@/app/actions/applications";

export function StartApplicationButton({ roundId }: { roundId: string }) {
  const { t } = useI18n();
  const router = useRouter();
  // The next page is the application itself: nothing to reload here unless it failed.
  const { run, notice, busy } = useAction({ refresh: "on-failure" });
  return (
    <div className="space-y-2">
      <Button
        onClick={async () => {
          const result = await run(() => startApplicationAction({ roundId }));
          if (result.ok) router.push(`/student/applications/${result.data.id}`);
        }}
        disabled={busy}
      >
        {t("application.start")}
      </Button>
      <NoticeView notice={notice} />
    </div>
  );
}
