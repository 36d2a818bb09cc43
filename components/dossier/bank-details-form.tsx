"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useI18n } from "@/components/i18n/i18n-provider";
import { TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { useServerErrors } from "@/components/forms/use-server-errors";
import { ZBankDetails, type TBankDetails } from "@/lib/validation/application";
import { saveBankDetailsAction } from "@/app/actions/applications";

export function BankDetailsForm({ applicationId, current }: { applicationId: string; current: { holderName: string; iban: string; bic: string } | null }) {
  const { t } = useI18n();
  const router = useRouter();
  const [notice, setNotice] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const form = useForm<TBankDetails>({
    resolver: zodResolver(ZBankDetails),
    defaultValues: { applicationId, holderName: current?.holderName ?? "", iban: "", bic: current?.bic ?? "" },
  });
  const applyServerErrors = useServerErrors(form);
  const { errors, isSubmitting } = form.formState;
  const message = (key?: string) => (key ? t(key) : undefined);

  async function onSubmit(values: TBankDetails) {
    setNotice(null);
    const result = await saveBankDetailsAction(values);
    if (result.ok) {
      setNotice({ tone: "success", text: t("dossier.bank.saved") });
      form.reset({ ...values, iban: "" });
      router.refresh();
    } else {
      const text = applyServerErrors(result);
      if (text) setNotice({ tone: "error", text });
    }
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="space-y-3">
      {current && <p className="text-sm text-slate-700">{t("dossier.bank.current", { iban: current.iban, bic: current.bic })}</p>}
      <input type="hidden" {...form.register("applicationId")} />
      <TextField label={t("dossier.bank.holderName")} error={message(errors.holderName?.message)} {...form.register("holderName")} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label={t("dossier.bank.iban")} autoComplete="off" error={message(errors.iban?.message)} {...form.register("iban")} />
        <TextField label={t("dossier.bank.bic")} autoComplete="off" error={message(errors.bic?.message)} {...form.register("bic")} />
      </div>
      <Button type="submit" disabled={isSubmitting}>
        {t("dossier.bank.save")}
      </Button>
      {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
    </form>
  );
}
