"use client";

import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { reviewPieceAction } from "@/app/actions/review";
import type { PieceKind } from "@/lib/domain/dossier/pieces";
import { useDossierAction } from "./use-dossier-action";
import { TextAreaField } from "@/components/ui/field";

export function PieceReview({ applicationId, version, kind, canAccept }: { applicationId: string; version: number; kind: PieceKind; canAccept: boolean }) {
  const { t } = useI18n();
  const { run, error, busy } = useDossierAction();
  const [asking, setAsking] = useState(false);
  const [comment, setComment] = useState("");
  const piece = t(`dossier.pieces.${kind}`);

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        {canAccept && (
          <Button disabled={busy} onClick={() => run(() => reviewPieceAction({ applicationId, version, kind, decision: "accept" }))} aria-label={`${t("coordinator.accept")} — ${piece}`}>
            {t("coordinator.accept")}
          </Button>
        )}
        <Button variant="secondary" disabled={busy} onClick={() => setAsking((v) => !v)} aria-expanded={asking} aria-label={`${t("coordinator.askReplacement")} — ${piece}`}>
          {t("coordinator.askReplacement")}
        </Button>
      </div>
      {asking && (
        <form
          className="space-y-2"
          onSubmit={async (event) => {
            event.preventDefault();
            const done = await run(() => reviewPieceAction({ applicationId, version, kind, decision: "replace", comment }));
            if (done) setAsking(false);
          }}
        >
          <TextAreaField label={t("coordinator.replacementComment")} rows={3} value={comment} onChange={(e) => setComment(e.target.value)} />
          <Button type="submit" variant="danger" disabled={busy}>
            {t("coordinator.sendRequest")}
          </Button>
        </form>
      )}
      {error && <Alert tone="error">{error}</Alert>}
    </div>
  );
}
