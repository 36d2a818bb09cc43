"use client";

import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { useAction } from "@/components/forms/use-action";
import { useZodForm } from "@/components/forms/use-zod-form";
import { NoticeView } from "@/components/forms/notice-view";
import { reviewPieceAction } from "@/app/actions/review";
import { ZPieceReview } from "@/lib/validation/review";
import type { PieceKind } from "@/lib/domain/dossier/pieces";

export function PieceReview({ applicationId, version, kind, canAccept }: { applicationId: string; version: number; kind: PieceKind; canAccept: boolean }) {
  const { t, fieldError } = useI18n();
  const form = useZodForm(ZPieceReview, { applicationId, version, kind, decision: "replace", comment: "" });
  const { run, notice, busy } = useAction({ form, conflict: "coordinator.changedMeanwhile" });
  const [asking, setAsking] = useState(false);
  const piece = t(`dossier.pieces.${kind}`);

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        {canAccept && (
          <Button
            disabled={busy}
            onClick={() => run(() => reviewPieceAction({ applicationId, version, kind, decision: "accept" }))}
            aria-label={`${t("coordinator.accept")} — ${piece}`}
          >
            {t("coordinator.accept")}
          </Button>
        )}
        <Button
          variant="secondary"
          disabled={busy}
          onClick={() => setAsking((v) => !v)}
          aria-expanded={asking}
          aria-label={`${t("coordinator.askReplacement")} — ${piece}`}
        >
          {t("coordinator.askReplacement")}
        </Button>
      </div>
      {asking && (
        <form
          className="space-y-2"
          noValidate
          onSubmit={form.handleSubmit(async (values) => {
            // The version is the one on the page now, as for the accept button.
            const result = await run(() => reviewPieceAction({ ...values, version }));
            if (result.ok) setAsking(false);
          })}
        >
          <TextAreaField label={t("coordinator.replacementComment")} rows={3} error={fieldError(form.formState.errors.comment)} {...form.register("comment")} />
          <Button type="submit" variant="danger" disabled={busy}>
            {t("coordinator.sendRequest")}
          </Button>
        </form>
      )}
      <NoticeView notice={notice} />
    </div>
  );
}
