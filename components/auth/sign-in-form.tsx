"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import Link from "next/link";
import { ZSignIn, type TSignIn } from "@/lib/validation/auth";
import { useI18n } from "@/components/i18n/i18n-provider";
import { TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";

/** `returnTo` is a path on this site to come back to after signing in. */
export function SignInForm({ returnTo }: { returnTo?: string }) {
  const { t } = useI18n();
  const router = useRouter();
  const [failure, setFailure] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<TSignIn>({ resolver: zodResolver(ZSignIn) });

  async function onSubmit(values: TSignIn) {
    setFailure(null);
    const result = await signIn("credentials", { ...values, redirect: false });
    if (!result || result.error) {
      setFailure(result?.error === "rate_limited" ? t("auth.tooManyAttempts") : t("auth.invalidCredentials"));
      return;
    }
    router.replace(returnTo ?? "/home");
    router.refresh();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4">
      {failure && <Alert tone="error">{failure}</Alert>}
      <TextField
        label={t("auth.email")}
        type="email"
        autoComplete="username"
        error={errors.email?.message && t(errors.email.message)}
        {...register("email")}
      />
      <TextField
        label={t("auth.password")}
        type="password"
        autoComplete="current-password"
        error={errors.password?.message && t(errors.password.message)}
        {...register("password")}
      />
      <Button type="submit" disabled={isSubmitting} className="w-full">
        {t("auth.signInButton")}
      </Button>
      <p className="text-sm text-slate-700">
        {t("auth.noAccount")}{" "}
        <Link href="/sign-up" className="font-semibold text-eu-blue underline">
          {t("nav.signUp")}
        </Link>
      </p>
    </form>
  );
}
