"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useI18n } from "@/components/i18n/i18n-provider";
import { TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { useServerErrors } from "@/components/forms/use-server-errors";
import { ZRoundNationalities, type TRoundNationalitiesInput, type TRoundNationalities } from "@/lib/validation/round";
import { saveRoundNationalities } from "@/app/actions/rounds";

export function RoundNationalitiesForm({ roundId, current }: { roundId: string; current: string[] }) {
  const { t } = useI18n();
  const [notice, setNotice] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const form = useForm<TRoundNationalitiesInput, unknown, TRoundNationalities>({
    resolver: zodResolver(ZRoundNationalities),
    defaultValues: { roundId, nationalities: current.join(", ") },
  });
  const applyServerErrors = useServerErrors(form);
  const error = form.formState.errors.nationalities?.message;

  // The server parses the text itself: send what was typed, not the parsed list.
  async function onSubmit() {
    setNotice(null);
    const result = await saveRoundNationalities(form.getValues());
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
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {t("common.save")}
      </Button>
      {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
    </form>
  );
}
