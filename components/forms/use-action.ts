"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { useI18n } from "@/components/i18n/i18n-provider";
import type { MessageKey, Translate } from "@/lib/i18n/message";
import type { ActionFailure, ActionResult } from "@/lib/server/action";

/** The one kind of message a form shows about its outcome. */
export type Notice = { tone: "success" | "warning" | "error"; text: string };

/** What went wrong, in the reader's words: the refusal's reason, a field summary, or the error's own text. */
export function failureText(t: Translate, failure: ActionFailure): string {
  if (failure.error === "refused" && failure.detail) return t(`errors.refusals.${failure.detail}`);
  if (failure.error === "internal") return t("common.genericError", { reference: failure.reference ?? "-" });
  const fields = Object.values(failure.fieldErrors ?? {});
  if (fields.length > 0) return fields.map((key) => t(key)).join(" ");
  return t(`errors.${failure.error}`);
}

type Options<F extends FieldValues> = {
  /** Field errors go next to this form's fields. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any parsed output type
  form?: UseFormReturn<F, any, any>;
  /** Where the form's fields sit in the action's input, when the action wraps them (`content` → `content.title`). */
  fieldsUnder?: string;
  /** What to say when someone else saved the record meanwhile, when the record has a more precise word than "record". */
  conflict?: MessageKey;
  /** Reload the server components after the action (default), or only when it failed. */
  refresh?: "always" | "on-failure";
};

/**
 * Runs a server action and keeps what the person should read about it: the
 * success text, the field errors next to their fields, a refusal's reason,
 * "database unavailable", or a reference for an internal error. Every form
 * and button that calls a server action goes through this hook.
 */
export function useAction<F extends FieldValues = FieldValues>({ form, fieldsUnder, conflict, refresh = "always" }: Options<F> = {}) {
  const { t } = useI18n();
  const router = useRouter();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);

  function placeOnForm(failure: ActionFailure): boolean {
    if (!form) return false;
    const prefix = fieldsUnder ? `${fieldsUnder}.` : "";
    const placed = Object.entries(failure.fieldErrors ?? {}).filter(([field]) => field.startsWith(prefix));
    for (const [field, message] of placed) form.setError(field.slice(prefix.length) as Path<F>, { type: "server", message });
    return placed.length > 0;
  }

  /** `success` is the key of the text to show when it worked, or a function writing it from the action's answer. */
  async function run<T>(call: () => Promise<ActionResult<T>>, success?: MessageKey | ((data: T) => string)): Promise<ActionResult<T>> {
    setBusy(true);
    setNotice(null);
    const result = await call();
    setBusy(false);
    if (refresh === "always" || !result.ok) router.refresh();
    if (result.ok) {
      const text = typeof success === "function" ? success(result.data) : success && t(success);
      if (text) setNotice({ tone: "success", text });
      return result;
    }
    if (result.error === "conflict" && conflict) setNotice({ tone: "error", text: t(conflict) });
    else if (!placeOnForm(result)) setNotice({ tone: "error", text: failureText(t, result) });
    return result;
  }

  return { run, notice, setNotice, busy };
}
