import { z } from "zod";

// Messages are catalogue keys, translated next to the field in the reader's language.
const email = z.string().trim().toLowerCase().min(1, "validation.required").max(254, "validation.invalid").email("validation.email");

export const ZSignIn = z.object({
  email,
  password: z.string().min(1, "validation.required").max(200, "validation.invalid"),
});
export type TSignIn = z.infer<typeof ZSignIn>;

export const ZSignUp = z.object({
  name: z.string().trim().min(2, "validation.required").max(120, "validation.invalid"),
  email,
  studentNumber: z.string().trim().regex(/^\d{8}$/, "validation.studentNumber"),
  password: z.string().min(10, "validation.passwordTooShort").max(200, "validation.invalid"),
});
export type TSignUp = z.infer<typeof ZSignUp>;
