"use client";

import { useMemo, useRef, useState } from "react";
import { V } from "@/lib/validation/messages";
import { useFieldArray } from "react-hook-form";
import { useZodForm } from "@/components/forms/use-zod-form";
import { namedOptions } from "@/lib/i18n/format";
import { useI18n } from "@/components/i18n/i18n-provider";
import { SelectField, TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { CEFR_LEVELS, LANGUAGE_CODES } from "@/lib/domain/languages";
import { uploadFailureText, uploadFile } from "@/components/dossier/upload-file";
import type { Notice } from "@/components/forms/use-action";
import { NoticeView } from "@/components/forms/notice-view";
import { ZIncomingApplication, type TIncomingApplication, type TIncomingApplicationInput } from "@/lib/validation/incoming";

type IntakeOption = { value: string; label: string };

function base64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
}

/** The online replacement for the seed's e-mail procedure: the fields it asked for, an intake still open, and the CV. */
export function IncomingApplicationForm({ intakes, maxMb }: { intakes: IntakeOption[]; maxMb: number }) {
  const { locale, t, fieldError } = useI18n();
  const fileInput = useRef<HTMLInputElement>(null);
  const [cvError, setCvError] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [outcome, setOutcome] = useState<Notice | null>(null);
  const form = useZodForm(ZIncomingApplication, { intake: intakes[0]?.value ?? "", languages: [{ language: "en", level: "B2" }] });
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "languages" });
  const { errors, isSubmitting } = form.formState;
  const languages = useMemo(() => namedOptions(LANGUAGE_CODES, "language", locale), [locale]);

  async function onSubmit(values: TIncomingApplication) {
    setOutcome(null);
    const file = fileInput.current?.files?.[0];
    if (!file) {
      setCvError(t("incoming.cvMissing"));
      return;
    }
    setCvError(null);
    setProgress(0);
    try {
      const result = await uploadFile("/api/v1/incoming-applications", file, setProgress, {
        "X-Locale": locale,
        "X-Application": base64Url(JSON.stringify(values)),
      });
      if (result.status === 201) {
        setOutcome({ tone: "success", text: t("incoming.sent") });
        form.reset();
        if (fileInput.current) fileInput.current.value = "";
        return;
      }
      if (result.body.error === "upload_refused") setCvError(uploadFailureText(t, result, maxMb));
      else if (result.body.detail === "deadline_passed") form.setError("intake", { message: V.intakeClosed });
      else if (result.body.fieldErrors)
        for (const e of result.body.fieldErrors) form.setError(e.field as keyof TIncomingApplicationInput, { message: e.message });
      else setOutcome({ tone: "error", text: uploadFailureText(t, result, maxMb) });
    } catch {
      setOutcome({ tone: "error", text: uploadFailureText(t, null, maxMb) });
    } finally {
      setProgress(null);
    }
  }

  if (outcome?.tone === "success") return <Alert tone="success">{outcome.text}</Alert>;

  return (
    // The file input's ref is read when the form is submitted, not while rendering.
    // eslint-disable-next-line react-hooks/refs
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label={t("incoming.fields.firstName")}
          autoComplete="given-name"
          error={fieldError(errors.firstName?.message)}
          {...form.register("firstName")}
        />
        <TextField
          label={t("incoming.fields.lastName")}
          autoComplete="family-name"
          error={fieldError(errors.lastName?.message)}
          {...form.register("lastName")}
        />
        <TextField type="email" label={t("incoming.fields.email")} autoComplete="email" error={fieldError(errors.email?.message)} {...form.register("email")} />
        <TextField label={t("incoming.fields.fieldOfStudy")} error={fieldError(errors.fieldOfStudy?.message)} {...form.register("fieldOfStudy")} />
        <TextField label={t("incoming.fields.homeInstitution")} error={fieldError(errors.homeInstitution?.message)} {...form.register("homeInstitution")} />
        <TextField
          label={t("incoming.fields.homeErasmusCode")}
          hint={t("incoming.fields.homeErasmusCodeHint")}
          error={fieldError(errors.homeErasmusCode?.message)}
          {...form.register("homeErasmusCode")}
        />
      </div>
      <SelectField label={t("incoming.fields.intake")} error={fieldError(errors.intake?.message)} {...form.register("intake")}>
        {intakes.map((intake) => (
          <option key={intake.value} value={intake.value}>
            {intake.label}
          </option>
        ))}
      </SelectField>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">{t("incoming.fields.languages")}</legend>
        {fields.map((field, index) => (
          <div key={field.id} className="grid items-end gap-3 sm:grid-cols-[1fr_8rem_auto]">
            <SelectField
              label={t("application.fields.language")}
              error={fieldError(errors.languages?.[index]?.language?.message)}
              {...form.register(`languages.${index}.language`)}
            >
              {languages.map((l) => (
                <option key={l.code} value={l.code}>
                  {l.name}
                </option>
              ))}
            </SelectField>
            <SelectField
              label={t("application.fields.level")}
              error={fieldError(errors.languages?.[index]?.level?.message)}
              {...form.register(`languages.${index}.level`)}
            >
              {CEFR_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {level}
                </option>
              ))}
            </SelectField>
            <Button variant="ghost" onClick={() => remove(index)}>
              {t("application.fields.removeLanguage")}
            </Button>
          </div>
        ))}
        <Button variant="secondary" onClick={() => append({ language: "fr", level: "B1" })}>
          {t("application.fields.addLanguage")}
        </Button>
      </fieldset>
      <div className="space-y-1">
        <label htmlFor="cv" className="block text-sm font-medium">
          {t("incoming.fields.cv")}
        </label>
        <input
          id="cv"
          ref={fileInput}
          type="file"
          accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
          aria-invalid={Boolean(cvError)}
          aria-describedby={cvError ? "cv-error" : undefined}
        />
        {cvError && (
          <p id="cv-error" role="alert" className="text-sm font-medium text-red-700">
            {cvError}
          </p>
        )}
      </div>
      {progress !== null && (
        <div className="flex items-center gap-2 text-sm">
          <progress max={1} value={progress} className="h-2 w-40" />
          {t("incoming.sending", { percent: Math.round(progress * 100) })}
        </div>
      )}
      <NoticeView notice={outcome} />
      <Button type="submit" disabled={isSubmitting}>
        {t("incoming.submit")}
      </Button>
    </form>
  );
}
