"use client";

import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { setCriteriaAction } from "@/app/actions/grants";
import { useActionNotice } from "./use-action-notice";

/** The commission enters a candidate's grade average and may correct the linguistic criterion. */
export function CandidateCriteria(props: { applicationId: string; name: string; gradeAverage: number | null; linguisticOverride: boolean | null; linguisticDerived: boolean; fewerOpportunities: boolean }) {
  const { t } = useI18n();
  const [grade, setGrade] = useState(props.gradeAverage === null ? "" : String(props.gradeAverage));
  const [linguistic, setLinguistic] = useState<"auto" | "yes" | "no">(props.linguisticOverride === null ? "auto" : props.linguisticOverride ? "yes" : "no");
  const [fewer, setFewer] = useState(props.fewerOpportunities);
  const { run, notice, busy } = useActionNotice();
  return (
    <details>
      <summary className="cursor-pointer text-xs text-eu-blue">{t("grants.edit", { name: props.name })}</summary>
      <div className="mt-2 space-y-2 text-xs">
        <label className="block">
          {t("grants.gradeAverage")}
          <input className="ml-2 w-20 rounded border border-slate-300 px-1" inputMode="decimal" value={grade} onChange={(e) => setGrade(e.target.value)} />
        </label>
        <label className="block">
          {t("grants.linguistic")}
          <select className="ml-2 rounded border border-slate-300" value={linguistic} onChange={(e) => setLinguistic(e.target.value as "auto" | "yes" | "no")}>
            <option value="auto">{t("grants.linguisticAuto", { value: props.linguisticDerived ? t("application.yes") : t("application.no") })}</option>
            <option value="yes">{t("application.yes")}</option>
            <option value="no">{t("application.no")}</option>
          </select>
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={fewer} onChange={(e) => setFewer(e.target.checked)} />
          {t("grants.fewerOpportunities")}
        </label>
        <Button
          variant="secondary"
          disabled={busy}
          onClick={() => run(() => setCriteriaAction({ applicationId: props.applicationId, gradeAverage: grade === "" ? "" : Number(grade.replace(",", ".")), linguisticOverride: linguistic, fewerOpportunities: fewer }), t("common.save"))}
        >
          {t("common.save")}
        </Button>
        {notice?.tone === "error" && <Alert tone="error">{notice.text}</Alert>}
      </div>
    </details>
  );
}
