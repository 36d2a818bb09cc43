"use client";

import { useMemo } from "react";
import { useFieldArray } from "react-hook-form";
import { namedOptions } from "@/lib/i18n/format";
import { useI18n } from "@/components/i18n/i18n-provider";
import { SelectField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { CEFR_LEVELS, LANGUAGE_CODES } from "@/lib/domain/languages";
import { ZLanguagesStep } from "@/lib/validation/application";
import { useStepForm } from "../use-step-form";
import { StepActions } from "../step-actions";
import type { StepProps } from "./step-props";

export function LanguagesStep({ onAdvance, onBack }: StepProps) {
  const { locale, t, fieldError } = useI18n();
  const { form, next } = useStepForm("languages", ZLanguagesStep, onAdvance);
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "languages" });
  const { errors, isSubmitting } = form.formState;
  const names = useMemo(() => namedOptions(LANGUAGE_CODES, "language", locale), [locale]);
  const listError = errors.languages?.message ?? errors.languages?.root?.message;
  return (
    <form onSubmit={next} noValidate className="space-y-4">
      {listError && <Alert tone="error">{fieldError(listError)}</Alert>}
      <ul className="space-y-3">
        {fields.map((field, index) => (
          <li key={field.id} className="grid items-end gap-3 sm:grid-cols-[1fr_10rem_auto]">
            <SelectField
              label={t("application.fields.language")}
              error={fieldError(errors.languages?.[index]?.language)}
              {...form.register(`languages.${index}.language`)}
            >
              <option value="">{t("application.fields.languagePlaceholder")}</option>
              {names.map((language) => (
                <option key={language.code} value={language.code}>
                  {language.name}
                </option>
              ))}
            </SelectField>
            <SelectField
              label={t("application.fields.level")}
              error={fieldError(errors.languages?.[index]?.level)}
              {...form.register(`languages.${index}.level`)}
            >
              <option value="">—</option>
              {CEFR_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {level}
                </option>
              ))}
            </SelectField>
            <Button variant="ghost" onClick={() => remove(index)}>
              {t("application.fields.removeLanguage")}
            </Button>
          </li>
        ))}
      </ul>
      <Button variant="secondary" onClick={() => append({ language: "" as never, level: "" as never })}>
        {t("application.fields.addLanguage")}
      </Button>
      <StepActions onBack={onBack} submitting={isSubmitting} />
    </form>
  );
}
