"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/forms/use-action";
import { NoticeView } from "@/components/forms/notice-view";
import { revokeStaffInvitationAction } from "@/app/actions/staff";

export function RevokeStaffInvitation({ invitationId, label }: { invitationId: string; label: string }) {
  const { t } = useI18n();
  const { run, notice, busy } = useAction();
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button variant="secondary" disabled={busy} aria-label={label} onClick={() => run(() => revokeStaffInvitationAction({ invitationId }), "staff.revoked")}>
        {t("staff.revoke")}
      </Button>
      <NoticeView notice={notice} />
    </div>
  );
}
