"use client";

import type { SelectHTMLAttributes } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { SelectField } from "@/components/ui/field";
import { TERMS } from "@/lib/domain/learning-agreement/content";

/** When a component is taught: the select of the agreement's tables and of a change proposal. */
export function TermField(select: SelectHTMLAttributes<HTMLSelectElement>) {
  const { t } = useI18n();
  return (
    <SelectField label={t("learningAgreement.term")} {...select}>
      {TERMS.map((term) => (
        <option key={term} value={term}>
          {t(`learningAgreement.terms.${term}`)}
        </option>
      ))}
    </SelectField>
  );
}
