"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/forms/use-action";
import { useZodForm } from "@/components/forms/use-zod-form";
import { NoticeView } from "@/components/forms/notice-view";
import { ZBankDetails } from "@/lib/validation/application";
import { saveBankDetailsAction } from "@/app/actions/applications";

export function BankDetailsForm({ applicationId, current }: { applicationId: string; current: { holderName: string; iban: string; bic: string } | null }) {
  const { t, fieldError } = useI18n();
  const form = useZodForm(ZBankDetails, { applicationId, holderName: current?.holderName ?? "", iban: "", bic: current?.bic ?? "" });
  const { run, notice, busy } = useAction({ form });
  const { errors } = form.formState;

  return (
    <form
      onSubmit={form.handleSubmit(async (values) => {
        // The IBAN is not shown again once saved: only its masked form.
        if ((await run(() => saveBankDetailsAction(values), "dossier.bank.saved")).ok) form.reset({ ...form.getValues(), iban: "" });
      })}
      noValidate
      className="space-y-3"
    >
      {current && <p className="text-sm text-slate-700">{t("dossier.bank.current", { iban: current.iban, bic: current.bic })}</p>}
      <input type="hidden" {...form.register("applicationId")} />
      <TextField label={t("dossier.bank.holderName")} error={fieldError(errors.holderName)} {...form.register("holderName")} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label={t("dossier.bank.iban")} autoComplete="off" error={fieldError(errors.iban)} {...form.register("iban")} />
        <TextField label={t("dossier.bank.bic")} autoComplete="off" error={fieldError(errors.bic)} {...form.register("bic")} />
      </div>
      <Button type="submit" disabled={busy}>
        {t("dossier.bank.save")}
      </Button>
      <NoticeView notice={notice} />
    </form>
  );
}
