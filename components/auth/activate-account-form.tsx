"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useI18n } from "@/components/i18n/i18n-provider";
import { TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/forms/use-action";
import { useZodForm } from "@/components/forms/use-zod-form";
import { NoticeView } from "@/components/forms/notice-view";
import { ZConfirmSignUp } from "@/lib/validation/auth";
import { confirmSignUpAction } from "@/app/actions/sign-up";

/** The student types the password chosen at sign-up: the account is created and they are signed in. */
export function ActivateAccountForm({ token }: { token: string }) {
  const { t, fieldError } = useI18n();
  const router = useRouter();
  const form = useZodForm(ZConfirmSignUp, { token, password: "" });
  const { run, notice, busy } = useAction({ form, refresh: "on-failure" });
  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={form.handleSubmit(async (values) => {
        const result = await run(() => confirmSignUpAction(values));
        if (!result.ok) return;
        await signIn("credentials", { email: result.data.email, password: values.password, redirect: false });
        router.replace("/student");
        router.refresh();
      })}
    >
      <TextField
        label={t("auth.password")}
        type="password"
        autoComplete="current-password"
        error={fieldError(form.formState.errors.password)}
        {...form.register("password")}
      />
      <Button type="submit" disabled={busy} className="w-full">
        {t("auth.activateButton")}
      </Button>
      <NoticeView notice={notice} />
    </form>
  );
}
