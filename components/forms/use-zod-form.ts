"use client";

import { useForm, type DefaultValues, type FieldValues, type UseFormProps } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";

/**
 * A react-hook-form form checked in the browser by the same zod schema the
 * server action checks: the input type is what the fields hold, the output
 * what the action receives. Every form of the portal is made here; fields
 * are checked on submit unless `options.mode` says otherwise.
 */
export function useZodForm<S extends z.ZodType<FieldValues, FieldValues>>(
  schema: S,
  defaultValues?: DefaultValues<z.input<S>>,
  options: Omit<UseFormProps<z.input<S>, unknown, z.output<S>>, "resolver" | "defaultValues"> = {},
) {
  return useForm<z.input<S>, unknown, z.output<S>>({
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- zodResolver's overloads cannot follow a generic schema
    resolver: zodResolver(schema as any),
    defaultValues,
    ...options,
  });
}
