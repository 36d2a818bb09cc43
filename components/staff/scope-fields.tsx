"use client";

import type { UseFormReturn } from "react-hook-form";
import { useI18n } from "@/components/i18n/i18n-provider";
import { SelectField } from "@/components/ui/field";
import { scopeOf, STAFF_ROLES } from "@/lib/domain/staff";

export type ScopeOptions = { departments: Array<{ id: string; name: string }>; partners: Array<{ id: string; name: string }> };

type ScopeValues = { role: (typeof STAFF_ROLES)[number]; departmentId: string; partnerInstitutionId: string };

/** A staff role and, when the role has one, its scope: the department or the partner. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any form whose values include the scope fields
export function ScopeFields({ form, options }: { form: UseFormReturn<any>; options: ScopeOptions }) {
  const { t, fieldError } = useI18n();
  const scoped = form as UseFormReturn<ScopeValues>;
  const kind = scopeOf(scoped.watch("role"));
  const { errors } = scoped.formState;
  return (
    <>
      <SelectField label={t("staff.role")} error={fieldError(errors.role)} {...scoped.register("role")}>
        {STAFF_ROLES.map((role) => (
          <option key={role} value={role}>
            {t(`roles.${role}`)}
          </option>
        ))}
      </SelectField>
      {kind === "department" && (
        <SelectField label={t("staff.department")} error={fieldError(errors.departmentId)} {...scoped.register("departmentId")}>
          <option value="">{t("staff.chooseDepartment")}</option>
          {options.departments.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </SelectField>
      )}
      {kind === "partner" && (
        <SelectField label={t("staff.partner")} error={fieldError(errors.partnerInstitutionId)} {...scoped.register("partnerInstitutionId")}>
          <option value="">{t("staff.choosePartner")}</option>
          {options.partners.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </SelectField>
      )}
    </>
  );
}
