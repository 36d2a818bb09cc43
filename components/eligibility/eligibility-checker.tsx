"use client";

import { useMemo, useRef } from "react";
import { Controller, useWatch } from "react-hook-form";
import { useZodForm } from "@/components/forms/use-zod-form";
import { useI18n } from "@/components/i18n/i18n-provider";
import { TextField } from "@/components/ui/field";
import { RadioGroup } from "@/components/ui/radio-group";
import { Button } from "@/components/ui/button";
import { evaluateEligibility } from "@/lib/domain/eligibility/evaluate";
import type { EligibilityAnswers } from "@/lib/domain/eligibility/types";
import { ZEligibilityAnswers, type TEligibilityAnswersInput } from "@/lib/validation/eligibility";
import { NationalityFields, RecognitionField } from "./nationality-fields";
import type { CountryOption } from "./country-options";
import { EligibilityResultView } from "./eligibility-result";

type BooleanQuestion = "completedFirstYear" | "enrolledInDegreeProgramme" | "includesInternship" | "otherEuGrant" | "scholarshipHolder";

/** Drops what is not answered yet, so the rules say "to confirm" rather than judge an empty field. */
/** The answers given so far; a null nationality is an answer (a stateless person's). */
function answered(values: Partial<TEligibilityAnswersInput>): Partial<EligibilityAnswers> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== "" && v !== undefined));
}

/**
 * The public eligibility check. The verdict is computed in the browser by
 * the same rules the server applies, on every change: no round trip.
 */
export function EligibilityChecker({ nationalities, countries }: { nationalities: string[]; countries: CountryOption[] }) {
  const { t, fieldError } = useI18n();
  const resultRef = useRef<HTMLDivElement>(null);
  const { control, register, handleSubmit, formState } = useZodForm(ZEligibilityAnswers, undefined, { shouldUnregister: true, mode: "onTouched" });
  const values = useWatch({ control });
  const result = useMemo(() => evaluateEligibility(answered(values), nationalities), [values, nationalities]);
  const errors = formState.errors;

  const yesNo = (name: BooleanQuestion) => (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <RadioGroup
          legend={t(`eligibility.questions.${name}`)}
          name={name}
          options={[
            { value: "yes", label: t("eligibility.yes") },
            { value: "no", label: t("eligibility.no") },
          ]}
          value={field.value === undefined ? undefined : field.value ? "yes" : "no"}
          onChange={(value) => field.onChange(value === "yes")}
          onBlur={field.onBlur}
          error={fieldError(fieldState.error?.message)}
        />
      )}
    />
  );

  return (
    <div className="grid gap-8 lg:grid-cols-2">
      <form
        noValidate
        // The ref is read when the form is submitted, not while rendering.
        // eslint-disable-next-line react-hooks/refs
        onSubmit={handleSubmit(() => resultRef.current?.focus())}
        className="space-y-5 rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
        aria-labelledby="eligibility-form-title"
      >
        <h2 id="eligibility-form-title" className="text-lg font-semibold">
          {t("eligibility.formTitle")}
        </h2>
        <NationalityFields control={control} nationalities={nationalities} countries={countries} />
        {yesNo("completedFirstYear")}
        {yesNo("enrolledInDegreeProgramme")}
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField type="date" label={t("eligibility.questions.studyStart")} error={fieldError(errors.studyStart?.message)} {...register("studyStart")} />
          <TextField type="date" label={t("eligibility.questions.studyEnd")} error={fieldError(errors.studyEnd?.message)} {...register("studyEnd")} />
        </div>
        <RecognitionField control={control} legend={t("eligibility.questions.fullRecognition")} />
        {yesNo("includesInternship")}
        {values.includesInternship && (
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField
              type="date"
              label={t("eligibility.questions.internshipStart")}
              error={fieldError(errors.internshipStart?.message)}
              {...register("internshipStart")}
            />
            <TextField
              type="date"
              label={t("eligibility.questions.internshipEnd")}
              error={fieldError(errors.internshipEnd?.message)}
              {...register("internshipEnd")}
            />
          </div>
        )}
        {yesNo("otherEuGrant")}
        {yesNo("scholarshipHolder")}
        <Button type="submit" className="no-print">
          {t("eligibility.check")}
        </Button>
      </form>
      <section aria-labelledby="eligibility-result-title" className="space-y-4">
        <div className="flex items-center justify-between">
          <h2 id="eligibility-result-title" className="text-lg font-semibold" tabIndex={-1} ref={resultRef}>
            {t("eligibility.resultTitle")}
          </h2>
          <Button variant="secondary" className="no-print" onClick={() => window.print()}>
            {t("eligibility.printResult")}
          </Button>
        </div>
        <EligibilityResultView result={result} />
      </section>
    </div>
  );
}
