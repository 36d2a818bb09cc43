import type { ValidationKey } from "@/lib/i18n/message";

type Keys = { [K in ValidationKey as K extends `validation.${infer Name}` ? Name : never]: K };

/**
 * The messages a schema may give, as catalogue keys: `V.required` is
 * "validation.required", and `V.requird` fails `tsc`. A proxy, so that
 * client bundles carry no catalogue for it.
 */
export const V = new Proxy({} as Keys, { get: (_target, name) => `validation.${String(name)}` });
