"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import Link from "next/link";
import { ZSignUp, type TSignUp } from "@/lib/validation/auth";
import { signUp } from "@/app/actions/sign-up";
import { useI18n } from "@/components/i18n/i18n-provider";
import { TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { useServerErrors } from "@/components/forms/use-server-errors";

export function SignUpForm() {
  const { t } = useI18n();
  const router = useRouter();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<TSignUp>({ resolver: zodResolver(ZSignUp) });
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = form;
  const applyServerErrors = useServerErrors(form);

  async function onSubmit(values: TSignUp) {
    setFailure(null);
    const result = await signUp(values);
    if (!result.ok) {
      setFailure(applyServerErrors(result));
      return;
    }
    await signIn("credentials", { email: values.email, password: values.password, redirect: false });
    router.replace("/student");
    router.refresh();
  }

  const message = (key?: string) => (key ? t(key) : undefined);

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4">
      {failure && <Alert tone="error">{failure}</Alert>}
      <TextField label={t("auth.name")} autoComplete="name" error={message(errors.name?.message)} {...register("name")} />
      <TextField
        label={t("auth.email")}
        type="email"
        autoComplete="email"
        error={message(errors.email?.message)}
        {...register("email")}
      />
      <TextField
        label={t("auth.studentNumber")}
        hint={t("auth.studentNumberHint")}
        inputMode="numeric"
        error={message(errors.studentNumber?.message)}
        {...register("studentNumber")}
      />
      <TextField
        label={t("auth.password")}
        hint={t("auth.passwordHint")}
        type="password"
        autoComplete="new-password"
        error={message(errors.password?.message)}
        {...register("password")}
      />
      <Button type="submit" disabled={isSubmitting} className="w-full">
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
