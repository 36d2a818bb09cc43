"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useI18n } from "@/components/i18n/i18n-provider";
import { CheckboxField, TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { useServerErrors } from "@/components/forms/use-server-errors";
import { ZRoundSettings, type TRoundSettingsInput, type TRoundSettings } from "@/lib/validation/round";
import { saveRoundSettings } from "@/app/actions/rounds";

export function RoundSettingsForm({ roundId, current }: { roundId: string; current: { nationalities: string[]; learningAgreementNeedsOfficeApproval: boolean } }) {
  const { t } = useI18n();
  const [notice, setNotice] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const form = useForm<TRoundSettingsInput, unknown, TRoundSettings>({
    resolver: zodResolver(ZRoundSettings),
    defaultValues: { roundId, nationalities: current.nationalities.join(", "), learningAgreementNeedsOfficeApproval: current.learningAgreementNeedsOfficeApproval },
  });
  const applyServerErrors = useServerErrors(form);
  const error = form.formState.errors.nationalities?.message;

  // The server parses the text itself: send what was typed, not the parsed list.
  async function onSubmit() {
    setNotice(null);
    const result = await saveRoundSettings(form.getValues());
    if (result.ok) setNotice({ tone: "success", text: t("admin.saved") });
    else {
      const text = applyServerErrors(result);
      if (text) setNotice({ tone: "error", text });
    }
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="space-y-3">
      <input type="hidden" {...form.register("roundId")} />
      <TextField
        label={t("admin.additionalNationalities")}
        hint={t("admin.additionalNationalitiesHint")}
        error={error ? t(error) : undefined}
        {...form.register("nationalities")}
      />
      <CheckboxField label={t("admin.officeApproval")} hint={t("admin.officeApprovalHint")} {...form.register("learningAgreementNeedsOfficeApproval")} />
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {t("common.save")}
      </Button>
      {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
    </form>
  );
}
