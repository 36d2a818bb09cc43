"use client";

import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { createTranslator, isFieldMessageKey, type Translate } from "@/lib/i18n/message";

type I18nContextValue = { locale: Locale; messages: Record<string, unknown>; t: Translate };

const I18nContext = createContext<I18nContextValue | null>(null);

/**
 * Gives client components the catalogue namespaces they need; nested
 * providers add namespaces to their parent's, so a page ships only its own.
 */
export function I18nProvider({ locale, messages, children }: { locale: Locale; messages: Record<string, unknown>; children: ReactNode }) {
  const parent = useContext(I18nContext);
  const value = useMemo(() => {
    const merged = { ...(parent?.messages ?? {}), ...messages };
    return { locale, messages: merged, t: createTranslator(merged, locale) };
  }, [locale, messages, parent?.messages]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/**
 * A field's error as the form holds it, in the reader's words: a key from the
 * shared schema, or a message an API already wrote in the reader's language.
 */
type FieldErrorText = (error?: { message?: string } | string) => string | undefined;

export function useI18n(): { locale: Locale; t: Translate; fieldError: FieldErrorText } {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n must be used inside an I18nProvider");
  const { t, locale } = value;
  const fieldError: FieldErrorText = (error) => {
    const message = typeof error === "string" ? error : error?.message;
    if (!message) return undefined;
    return isFieldMessageKey(message) ? t(message) : message;
  };
  return { locale, t, fieldError };
}
