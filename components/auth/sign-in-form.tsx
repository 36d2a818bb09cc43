"use client";

import { useState } from "react";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import Link from "next/link";
import { ZSignIn, type TSignIn } from "@/lib/validation/auth";
import { useI18n } from "@/components/i18n/i18n-provider";
import { TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { useZodForm } from "@/components/forms/use-zod-form";
import { NoticeView } from "@/components/forms/notice-view";
import type { Notice } from "@/components/forms/use-action";

/** `returnTo` is a path on this site to come back to after signing in. */
export function SignInForm({ returnTo }: { returnTo?: string }) {
  const { t, fieldError } = useI18n();
  const router = useRouter();
  // Sign-in goes through next-auth's own endpoint, not a server action.
  const [failure, setFailure] = useState<Notice | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useZodForm(ZSignIn, { email: "", password: "" });

  async function onSubmit(values: TSignIn) {
    setFailure(null);
    const result = await signIn("credentials", { ...values, redirect: false });
    if (!result || result.error) {
      const text =
        result?.error === "rate_limited"
          ? t("auth.tooManyAttempts")
          : result?.error === "password_sign_in_students"
            ? t("auth.passwordStaff")
            : result?.error === "password_sign_in_off"
              ? t("auth.passwordOff")
              : t("auth.invalidCredentials");
      setFailure({ tone: "error", text });
      return;
    }
    router.replace(returnTo ?? "/home");
    router.refresh();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4">
      <NoticeView notice={failure} />
      <TextField label={t("auth.email")} type="email" autoComplete="username" error={fieldError(errors.email)} {...register("email")} />
      <TextField label={t("auth.password")} type="password" autoComplete="current-password" error={fieldError(errors.password)} {...register("password")} />
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
