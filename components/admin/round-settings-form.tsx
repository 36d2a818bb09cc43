"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { CheckboxField, TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/forms/use-action";
import { useZodForm } from "@/components/forms/use-zod-form";
import { NoticeView } from "@/components/forms/notice-view";
import { ZRoundSettings } from "@/lib/validation/round";
import { saveRoundSettings } from "@/app/actions/rounds";

export function RoundSettingsForm({
  roundId,
  current,
}: {
  roundId: string;
  current: { nationalities: string[]; learningAgreementNeedsOfficeApproval: boolean };
}) {
  const { t, fieldError } = useI18n();
  const form = useZodForm(ZRoundSettings, {
    roundId,
    nationalities: current.nationalities.join(", "),
    learningAgreementNeedsOfficeApproval: current.learningAgreementNeedsOfficeApproval,
  });
  const { run, notice, busy } = useAction({ form });

  return (
    // The server parses the text itself: send what was typed, not the parsed list.
    <form onSubmit={form.handleSubmit(() => run(() => saveRoundSettings(form.getValues()), "admin.saved"))} noValidate className="space-y-3">
      <input type="hidden" {...form.register("roundId")} />
      <TextField
        label={t("admin.additionalNationalities")}
        hint={t("admin.additionalNationalitiesHint")}
        error={fieldError(form.formState.errors.nationalities)}
        {...form.register("nationalities")}
      />
      <CheckboxField label={t("admin.officeApproval")} hint={t("admin.officeApprovalHint")} {...form.register("learningAgreementNeedsOfficeApproval")} />
      <Button type="submit" disabled={busy}>
        {t("common.save")}
      </Button>
      <NoticeView notice={notice} />
    </form>
  );
}
