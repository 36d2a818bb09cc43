"use client";

import { useRouter } from "next/navigation";
import { useI18n } from "@/components/i18n/i18n-provider";
import { TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/forms/use-action";
import { useBasedOnVersion } from "@/components/forms/use-based-on-version";
import { useZodForm } from "@/components/forms/use-zod-form";
import { NoticeView } from "@/components/forms/notice-view";
import { ZRound, type TRoundInput } from "@/lib/validation/round-setup";
import { saveRoundAction } from "@/app/actions/round-setup";

/** A round's set-up; without an id, a new round, opened on its page once saved. */
export function RoundForm({ values }: { values: TRoundInput }) {
  const { t, fieldError } = useI18n();
  const router = useRouter();
  const form = useZodForm(ZRound, values);
  const { run, notice, busy } = useAction({ form, conflict: "rounds.changedMeanwhile" });
  const { basedOn, savedAs } = useBasedOnVersion(values.version);
  const { register, formState } = form;
  const { errors } = formState;
  const day = (name: "opensOn" | "lastDay" | "afterSelectionDue" | "beforeDepartureDue", hint?: string) => (
    <TextField type="date" label={t(`rounds.${name}`)} hint={hint} error={fieldError(errors[name])} {...register(name)} />
  );
  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={form.handleSubmit(async () => {
        const result = await run(() => saveRoundAction({ ...form.getValues(), version: basedOn }), "rounds.saved");
        if (!result.ok) return;
        savedAs(result.data.version);
        if (!values.id) router.push(`/coordinator/rounds/${result.data.id}?created=1`);
      })}
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label={t("rounds.name")} error={fieldError(errors.name)} {...register("name")} />
        <TextField label={t("rounds.academicYear")} hint={t("rounds.academicYearHint")} error={fieldError(errors.academicYear)} {...register("academicYear")} />
      </div>
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium text-slate-800">{t("rounds.semesters")}</legend>
        <div className="flex flex-wrap gap-4">
          {(["AUTUMN", "SPRING"] as const).map((semester) => (
            <label key={semester} className="flex items-center gap-2 text-sm">
              <input type="checkbox" value={semester} {...register("semesters")} />
              {t(semester === "AUTUMN" ? "rounds.autumn" : "rounds.spring")}
            </label>
          ))}
        </div>
        {errors.semesters && (
          <p role="alert" className="text-sm font-medium text-red-700">
            {fieldError(errors.semesters)}
          </p>
        )}
      </fieldset>
      <div className="grid gap-3 sm:grid-cols-2">
        {day("opensOn")}
        {day("lastDay")}
        {day("afterSelectionDue", t("rounds.dueHint"))}
        {day("beforeDepartureDue", t("rounds.dueHint"))}
      </div>
      <TextField
        type="number"
        min={1}
        max={120}
        label={t("rounds.changeDays")}
        error={fieldError(errors.learningAgreementChangeDays)}
        {...register("learningAgreementChangeDays")}
      />
      <Button type="submit" disabled={busy}>
        {t("common.save")}
      </Button>
      <NoticeView notice={notice} />
    </form>
  );
}
