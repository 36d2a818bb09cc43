"use client";

import { Controller, type Control, type FieldValues, type Path } from "react-hook-form";
import { useI18n } from "@/components/i18n/i18n-provider";
import { RadioGroup } from "@/components/ui/radio-group";

/** A yes/no question stored as a boolean. */
export function YesNoField<T extends FieldValues>({ control, name, legend }: { control: Control<T>; name: Path<T>; legend: string }) {
  const { t, fieldError } = useI18n();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <RadioGroup
          legend={legend}
          name={name}
          options={[
            { value: "yes", label: t("application.yes") },
            { value: "no", label: t("application.no") },
          ]}
          value={field.value === undefined || field.value === null ? undefined : field.value ? "yes" : "no"}
          onChange={(value) => field.onChange(value === "yes")}
          onBlur={field.onBlur}
          error={fieldError(fieldState.error)}
        />
      )}
    />
  );
}
