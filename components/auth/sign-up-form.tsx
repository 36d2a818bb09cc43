"use client";

import { useState } from "react";
import Link from "next/link";
import { ZSignUp } from "@/lib/validation/auth";
import { signUp } from "@/app/actions/sign-up";
import { useI18n } from "@/components/i18n/i18n-provider";
import { TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { useAction } from "@/components/forms/use-action";
import { useZodForm } from "@/components/forms/use-zod-form";
import { NoticeView } from "@/components/forms/notice-view";

/** A student asks for an account; it works once they open the link e-mailed to the address. */
export function SignUpForm() {
  const { t, fieldError } = useI18n();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useZodForm(ZSignUp, { name: "", email: "", studentNumber: "", password: "" });
  const { run, notice, busy } = useAction({ form, refresh: "on-failure" });
  const { register, handleSubmit, formState } = form;
  const { errors } = formState;

  if (sentTo) {
    return (
      <Alert tone="success" title={t("auth.checkInboxTitle")}>
        {t("auth.checkInbox", { email: sentTo })}
      </Alert>
    );
  }
  return (
    <form
      onSubmit={handleSubmit(async (values) => {
        if ((await run(() => signUp(values))).ok) setSentTo(values.email);
      })}
      noValidate
      className="space-y-4"
    >
      <NoticeView notice={notice} />
      <TextField label={t("auth.name")} autoComplete="name" error={fieldError(errors.name)} {...register("name")} />
      <TextField label={t("auth.email")} type="email" autoComplete="email" error={fieldError(errors.email)} {...register("email")} />
      <TextField
        label={t("auth.studentNumber")}
        hint={t("auth.studentNumberHint")}
        inputMode="numeric"
        error={fieldError(errors.studentNumber)}
        {...register("studentNumber")}
      />
      <TextField
        label={t("auth.password")}
        hint={t("auth.passwordHint")}
        type="password"
        autoComplete="new-password"
        error={fieldError(errors.password)}
        {...register("password")}
      />
      <Button type="submit" disabled={busy || formState.isSubmitting} className="w-full">
        {t("auth.signUpButton")}
      </Button>
      <p className="text-sm text-slate-700">
        {t("auth.haveAccount")}{" "}
        <Link href="/sign-in" className="font-semibold text-eu-blue underline">
          {t("nav.signIn")}
        </Link>
      </p>
    </form>
  );
}
