"use server";

import { headers } from "next/headers";
import { defineAction } from "@/lib/server/action";
import { ZConfirmSignUp, ZSignUp } from "@/lib/validation/auth";
import { requestSignUp } from "@/lib/server/user/request-sign-up";
import { confirmSignUp } from "@/lib/server/user/confirm-sign-up";
import { clientAddress } from "@/lib/server/http/client-address";
import { getLocale } from "@/lib/i18n/server";

export const signUp = defineAction(ZSignUp, { public: true }, async (input) => {
  await requestSignUp(input, await getLocale(), clientAddress(await headers()));
  return null;
});

// The single-use link is the authority: the student has no account yet.
export const confirmSignUpAction = defineAction(ZConfirmSignUp, { public: true }, async (input) => confirmSignUp(input));
