"use client";

import { useId, useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/forms/use-action";
import { NoticeView } from "@/components/forms/notice-view";
import type { PartnerCsvLineError } from "@/lib/domain/partner/partner-csv";
import { importPartnersAction } from "@/app/actions/partners";

/** The partners' CSV file: chosen, then imported all or nothing, each wrong line listed with its number and column. */
export function PartnerImport() {
  const { t } = useI18n();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [lineErrors, setLineErrors] = useState<PartnerCsvLineError[]>([]);
  const { run, notice, busy } = useAction();
  return (
    <form
      className="space-y-2"
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        setLineErrors([]);
        if (!file) return;
        const csv = await file.text();
        const result = await run(
          () => importPartnersAction({ csv }),
          (data) => (data.summary ? t("partners.import.done", { ...data.summary }) : ""),
        );
        if (result.ok) setLineErrors(result.data.errors);
      }}
    >
      <label className="block text-sm font-medium" htmlFor={id}>
        {t("partners.import.file")}
      </label>
      <input id={id} type="file" accept=".csv,text/csv" onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
      <p className="text-sm text-slate-700">{t("partners.import.hint")}</p>
      <Button type="submit" variant="secondary" disabled={busy || !file}>
        {t("partners.import.button")}
      </Button>
      {lineErrors.length > 0 ? (
        <Alert tone="error">
          <p>{t("partners.import.refused")}</p>
          <ul className="list-disc pl-5">
            {lineErrors.map((e, index) => (
              <li key={index}>
                {e.column
                  ? t("partners.import.lineColumnError", { line: e.line, column: e.column, reason: t(e.message) })
                  : t("partners.import.lineError", { line: e.line, reason: t(e.message) })}
              </li>
            ))}
          </ul>
        </Alert>
      ) : (
        <NoticeView notice={notice} />
      )}
    </form>
  );
}
