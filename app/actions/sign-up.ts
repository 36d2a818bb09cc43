"use server";

import { defineAction } from "@/lib/server/action";
import { ZSignUp } from "@/lib/validation/auth";
import { registerStudent } from "@/lib/server/user/register-student";
import { getLocale } from "@/lib/i18n/server";

export const signUp = defineAction(ZSignUp, { public: true }, async (input) => {
  await registerStudent(input, await getLocale());
  return null;
});
