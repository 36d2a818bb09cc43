"use client";

import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { useI18n } from "@/components/i18n/i18n-provider";

type FailedResult = { ok: false; error: string; detail?: string; fieldErrors?: Record<string, string>; reference?: string };

/**
 * Puts a server action's field errors next to their fields and returns the
 * message for the form as a whole, or null when the fields say it all.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any parsed output type
export function useServerErrors<T extends FieldValues>(form: UseFormReturn<T, any, any>) {
  const { t } = useI18n();
  return (result: FailedResult): string | null => {
    const fieldErrors = Object.entries(result.fieldErrors ?? {});
    for (const [field, message] of fieldErrors) {
      form.setError(field as Path<T>, { type: "server", message });
    }
    if (fieldErrors.length > 0) return null;
    if (result.error === "internal") return t("common.genericError", { reference: result.reference ?? "-" });
    if (result.error === "refused" && result.detail) return t(`errors.refusals.${result.detail}`);
    return t(`errors.${result.error}`);
  };
}
