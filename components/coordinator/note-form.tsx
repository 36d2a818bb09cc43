"use client";

import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { addNoteAction } from "@/app/actions/review";
import { useDossierAction } from "./use-dossier-action";

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
      <label className="block text-sm font-medium">
        {t("coordinator.noteLabel")}
        <textarea className="mt-1 block w-full rounded-md border border-slate-300 p-2" rows={3} value={body} onChange={(e) => setBody(e.target.value)} />
      </label>
      <Button type="submit" variant="secondary" disabled={busy}>
        {t("coordinator.addNote")}
      </Button>
      {error && <Alert tone="error">{error}</Alert>}
    </form>
  );
}
