"use client";

import { useEffect } from "react";
import type { DefaultValues, FieldValues, Path } from "react-hook-form";
import { useZodForm } from "@/components/forms/use-zod-form";
import type { z } from "zod";
import type { ApplicationStepKey } from "@/lib/validation/application";
import { useWizard } from "./wizard-context";

/**
 * One step's form: validated by the step's own zod schema (the one the
 * server uses), saved as a draft on every change, and saved for good —
 * with the server's field errors put next to the fields — on "Next".
 */
export function useStepForm<S extends z.ZodType<FieldValues, FieldValues>>(step: ApplicationStepKey, schema: S, onAdvance: () => void) {
  const wizard = useWizard();
  type Input = z.input<S> & FieldValues;
  const form = useZodForm(schema, wizard.values(step) as DefaultValues<Input>, { mode: "onTouched" });

  useEffect(() => {
    const subscription = form.watch((values) => wizard.scheduleDraft(step, values as Record<string, unknown>));
    return () => subscription.unsubscribe();
  }, [form, step, wizard]);

  const next = form.handleSubmit(async () => {
    const outcome = await wizard.save(step, form.getValues() as Record<string, unknown>, true);
    if (!outcome.ok) return;
    if (outcome.fieldErrors) {
      for (const [field, message] of Object.entries(outcome.fieldErrors)) {
        form.setError(field as Path<Input>, { type: "server", message });
      }
      return;
    }
    onAdvance();
  });

  return { form, next };
}
