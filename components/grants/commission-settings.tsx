"use client";

import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { SelectField, TextField, TextAreaField } from "@/components/ui/field";
import { CRITERIA, publicationIsLate, type Criterion } from "@/lib/domain/grants/ranking";
import { importGradesAction, publishGrantsAction, saveGrantSettingsAction } from "@/app/actions/grants";
import { useActionNotice } from "./use-action-notice";

type Settings = { budget: number; weights: Record<Criterion, number>; tieBreaks: Criterion[]; preset: "seed" | "programme"; monthlyRate: number; publicationDate: string };

/** The commission's weights, tie-breaks, budget and rate table; the ranking below follows every save. */
export function CommissionSettings({ roundId, initial }: { roundId: string; initial: Settings }) {
  const { t } = useI18n();
  const [settings, setSettings] = useState(initial);
  const { run, notice, busy } = useActionNotice();
  const late = settings.publicationDate ? publicationIsLate(new Date(`${settings.publicationDate}T12:00:00Z`)) : false;
  const setTieBreak = (position: number, value: Criterion) => {
    const next = [...settings.tieBreaks];
    next[position] = value;
    setSettings({ ...settings, tieBreaks: next });
  };
  return (
    <form
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        void run(() => saveGrantSettingsAction({ roundId, ...settings }), t("grants.saved"));
      }}
    >
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField type="number" label={t("grants.budget")} value={settings.budget} onChange={(e) => setSettings({ ...settings, budget: Number(e.target.value) })} />
        {CRITERIA.map((criterion) => (
          <TextField
            key={criterion}
            type="number"
            step="0.1"
            label={t("grants.weight", { criterion: t(`grants.criteria.${criterion}`) })}
            value={settings.weights[criterion]}
            onChange={(e) => setSettings({ ...settings, weights: { ...settings.weights, [criterion]: Number(e.target.value) } })}
          />
        ))}
      </div>
      <p className="text-xs text-slate-600">{t("grants.criteriaHelp")}</p>
      <div className="grid gap-3 sm:grid-cols-3">
        {[0, 1, 2].map((position) => (
          <SelectField key={position} label={t("grants.tieBreak", { position: position + 1 })} value={settings.tieBreaks[position] ?? "academic"} onChange={(e) => setTieBreak(position, e.target.value as Criterion)}>
            {CRITERIA.map((criterion) => (
              <option key={criterion} value={criterion}>
                {t(`grants.criteria.${criterion}`)}
              </option>
            ))}
          </SelectField>
        ))}
      </div>
      <SelectField label={t("grants.preset")} value={settings.preset} onChange={(e) => setSettings({ ...settings, preset: e.target.value as "seed" | "programme" })}>
        <option value="seed">{t("grants.presets.seed")}</option>
        <option value="programme">{t("grants.presets.programme")}</option>
      </SelectField>
      <div className="grid gap-3 sm:grid-cols-2">
        {settings.preset === "seed" && (
          <TextField type="number" label={t("grants.monthlyRate")} value={settings.monthlyRate} onChange={(e) => setSettings({ ...settings, monthlyRate: Number(e.target.value) })} />
        )}
        <TextField type="date" label={t("grants.publicationDate")} value={settings.publicationDate} onChange={(e) => setSettings({ ...settings, publicationDate: e.target.value })} />
      </div>
      {late && <Alert tone="warning">{t("grants.lateWarning")}</Alert>}
      <Button type="submit" disabled={busy}>
        {t("grants.save")}
      </Button>
      {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
    </form>
  );
}

export function GradeImport({ roundId }: { roundId: string }) {
  const { t } = useI18n();
  const [csv, setCsv] = useState("");
  const [errors, setErrors] = useState<string[]>([]);
  const { run, notice, busy } = useActionNotice();
  return (
    <div className="space-y-2">
      <TextAreaField label={t("grants.importLead")} rows={4} value={csv} onChange={(e) => setCsv(e.target.value)} />
      <Button
        variant="secondary"
        disabled={busy}
        onClick={async () => {
          setErrors([]);
          await run(async () => {
            const result = await importGradesAction({ roundId, csv });
            if (result.ok && result.data.errors.length > 0) {
              setErrors(result.data.errors.map((e) => t(e.message, { line: e.line })));
              return { ok: false, error: "invalid" };
            }
            return result.ok ? { ok: true } : result;
          }, t("grants.imported", { count: csv.split(/\r?\n/).filter((l) => l.trim()).length }));
        }}
      >
        {t("grants.importButton")}
      </Button>
      {errors.length > 0 ? (
        <Alert tone="error">
          <ul>
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </Alert>
      ) : (
        notice && <Alert tone={notice.tone}>{notice.text}</Alert>
      )}
    </div>
  );
}

export function PublishButton({ roundId }: { roundId: string }) {
  const { t } = useI18n();
  const { run, notice, busy } = useActionNotice();
  return (
    <div className="space-y-2">
      <Button
        variant="danger"
        disabled={busy}
        onClick={() => {
          if (window.confirm(t("grants.publishConfirm"))) void run(() => publishGrantsAction({ roundId }), t("grants.published", { date: new Date().toLocaleDateString() }));
        }}
      >
        {t("grants.publish")}
      </Button>
      {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
    </div>
  );
}
