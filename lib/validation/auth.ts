import { V } from "./messages";
import { emailAddress, line } from "./text";
import { z } from "zod";

// Messages are catalogue keys, translated next to the field in the reader's language.
const email = emailAddress();

export const ZSignIn = z.object({
  email,
  password: line().min(1, V.required).max(200, V.invalid),
});
export type TSignIn = z.infer<typeof ZSignIn>;

/** A password someone chooses; the server also refuses the commonly used ones (`weakPasswordReason`). */
export const ZNewPassword = line().min(12, V.passwordTooShort).max(200, V.invalid);

export const ZSignUp = z.object({
  name: line().trim().min(2, V.required).max(120, V.invalid),
  email,
  studentNumber: line()
    .trim()
    .regex(/^\d{8}$/, V.studentNumber),
  password: ZNewPassword,
});
export type TSignUp = z.infer<typeof ZSignUp>;

/** Activation of a new account: the link's token, and the password chosen at sign-up. */
export const ZConfirmSignUp = z.object({ token: line().min(20).max(100), password: line().min(1, V.required).max(200, V.invalid) });
export type TConfirmSignUp = z.infer<typeof ZConfirmSignUp>;
