"use client";

import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { addNoteAction } from "@/app/actions/review";
import { useDossierAction } from "./use-dossier-action";
import { TextAreaField } from "@/components/ui/field";

export function NoteForm({ applicationId }: { applicationId: string }) {
  const { t } = useI18n();
  const { run, error, busy } = useDossierAction();
  const [body, setBody] = useState("");
  return (
    <form
      className="space-y-2"
      onSubmit={async (event) => {
        event.preventDefault();
        if (await run(() => addNoteAction({ applicationId, body }))) setBody("");
      }}
    >
      <TextAreaField label={t("coordinator.noteLabel")} rows={3} value={body} onChange={(e) => setBody(e.target.value)} />
      <Button type="submit" variant="secondary" disabled={busy}>
        {t("coordinator.addNote")}
      </Button>
      {error && <Alert tone="error">{error}</Alert>}
    </form>
  );
}
