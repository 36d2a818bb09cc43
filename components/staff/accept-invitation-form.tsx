"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useI18n } from "@/components/i18n/i18n-provider";
import { TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/forms/use-action";
import { useZodForm } from "@/components/forms/use-zod-form";
import { NoticeView } from "@/components/forms/notice-view";
import { ZAcceptInvitation } from "@/lib/validation/staff";
import { homePathFor } from "@/lib/domain/roles";
import { acceptStaffInvitationAction } from "@/app/actions/staff";

/** The invited person chooses a password, and is signed in with it. */
export function AcceptInvitationForm({ token }: { token: string }) {
  const { t, fieldError } = useI18n();
  const router = useRouter();
  const form = useZodForm(ZAcceptInvitation, { token, password: "" });
  const { run, notice, busy } = useAction({ form, refresh: "on-failure" });
  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={form.handleSubmit(async (values) => {
        const result = await run(() => acceptStaffInvitationAction(values), "staff.accepted");
        if (!result.ok) return;
        await signIn("credentials", { email: result.data.email, password: values.password, redirect: false });
        router.replace(homePathFor(result.data.role));
        router.refresh();
      })}
    >
      <TextField
        label={t("staff.password")}
        hint={t("staff.passwordHint")}
        type="password"
        autoComplete="new-password"
        error={fieldError(form.formState.errors.password)}
        {...form.register("password")}
      />
      <Button type="submit" disabled={busy}>
        {t("staff.accept")}
      </Button>
      <NoticeView notice={notice} />
    </form>
  );
}
