"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { SelectField, TextField } from "@/components/ui/field";
import {
  COMPONENT_TABLES,
  DELETION_REASONS,
  INSERTION_REASONS,
  TERMS,
  type ComponentChange,
  type ComponentTable,
  type DeletionReason,
  type InsertionReason,
  type LearningAgreementContent,
  type Term,
} from "@/lib/domain/learning-agreement/content";
import { proposeChangesAction } from "@/app/actions/learning-agreement";
import { newComponentId } from "./agreement-editor";

type Deletion = { reasonCode: DeletionReason; reasonText: string };
type Insertion = { table: ComponentTable; losCode: string; title: string; term: Term; credits: string; reasonCode: InsertionReason; reasonText: string };

/** Changes during the mobility: agreed components deleted and new ones inserted, each with an EWP reason code. */
export function ChangeProposal({ applicationId, agreed }: { applicationId: string; agreed: LearningAgreementContent }) {
  const { t } = useI18n();
  const router = useRouter();
  const [deletions, setDeletions] = useState<Record<string, Deletion & { table: ComponentTable }>>({});
  const [insertions, setInsertions] = useState<Insertion[]>([]);
  const [notice, setNotice] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [refreshing, startRefresh] = useTransition();

  async function submit() {
    setBusy(true);
    setNotice(null);
    const changes: ComponentChange[] = [
      ...Object.entries(deletions).map(([componentId, d]) => ({
        op: "deleted" as const,
        table: d.table,
        componentId,
        reasonCode: d.reasonCode,
        reasonText: d.reasonText,
      })),
      ...insertions.map((i) => ({
        op: "inserted" as const,
        table: i.table,
        component: { id: newComponentId(), losCode: i.losCode, title: i.title, term: i.term, credits: Number(i.credits) },
        reasonCode: i.reasonCode,
        reasonText: i.reasonText,
      })),
    ];
    const result = await proposeChangesAction({ applicationId, changes });
    setBusy(false);
    if (result.ok) {
      // The page then replaces this form with the pending proposal's state.
      startRefresh(() => router.refresh());
    } else {
      const detail = result.detail ? t(`errors.refusals.${result.detail}`) : null;
      setNotice({
        tone: "error",
        text:
          detail ??
          (result.fieldErrors
            ? Object.values(result.fieldErrors)
                .map((k) => t(k))
                .join(" ")
            : t(`errors.${result.error}`)),
      });
    }
  }

  const update = (index: number, patch: Partial<Insertion>) => setInsertions((all) => all.map((item, i) => (i === index ? { ...item, ...patch } : item)));

  return (
    <div className="space-y-4">
      {COMPONENT_TABLES.map((table) => (
        <section key={table} className="space-y-2">
          <h4 className="text-sm font-semibold">{t(`learningAgreement.tables.${table}`)}</h4>
          {agreed.components[table].map((component) => {
            const deletion = deletions[component.id];
            return (
              <div key={component.id} className="space-y-2 rounded border border-slate-200 p-2 text-sm">
                <label className="flex items-center gap-2">
                  <input
                    type="checkbox"
                    checked={Boolean(deletion)}
                    onChange={(e) =>
                      setDeletions((all) => {
                        const next = { ...all };
                        if (e.target.checked) next[component.id] = { table, reasonCode: "timetable-conflict", reasonText: "" };
                        else delete next[component.id];
                        return next;
                      })
                    }
                  />
                  {t("common.labelled", {
                    label: t("learningAgreement.deleteComponent"),
                    value: `${component.losCode} · ${component.title} · ${component.credits} ECTS`,
                  })}
                </label>
                {deletion && (
                  <div className="grid gap-2 sm:grid-cols-2">
                    <SelectField
                      label={t("learningAgreement.deletionReason", { title: component.title })}
                      value={deletion.reasonCode}
                      onChange={(e) => setDeletions((all) => ({ ...all, [component.id]: { ...deletion, reasonCode: e.target.value as DeletionReason } }))}
                    >
                      {DELETION_REASONS.map((reason) => (
                        <option key={reason} value={reason}>
                          {t(`learningAgreement.reasons.${reason}`)}
                        </option>
                      ))}
                    </SelectField>
                    <TextField
                      label={t("learningAgreement.reasonText")}
                      value={deletion.reasonText}
                      onChange={(e) => setDeletions((all) => ({ ...all, [component.id]: { ...deletion, reasonText: e.target.value } }))}
                    />
                  </div>
                )}
              </div>
            );
          })}
        </section>
      ))}
      {insertions.map((insertion, index) => (
        <div key={index} className="grid gap-2 rounded border border-green-300 bg-green-50 p-2 sm:grid-cols-3" data-testid="insertion">
          <SelectField
            label={t("learningAgreement.tableLabel")}
            value={insertion.table}
            onChange={(e) => update(index, { table: e.target.value as ComponentTable })}
          >
            {COMPONENT_TABLES.map((table) => (
              <option key={table} value={table}>
                {t(`learningAgreement.tables.${table}`)}
              </option>
            ))}
          </SelectField>
          <TextField label={t("learningAgreement.code")} value={insertion.losCode} onChange={(e) => update(index, { losCode: e.target.value })} />
          <TextField label={t("learningAgreement.courseTitle")} value={insertion.title} onChange={(e) => update(index, { title: e.target.value })} />
          <SelectField label={t("learningAgreement.term")} value={insertion.term} onChange={(e) => update(index, { term: e.target.value as Term })}>
            {TERMS.map((term) => (
              <option key={term} value={term}>
                {t(`learningAgreement.terms.${term}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            type="number"
            label={t("learningAgreement.credits")}
            value={insertion.credits}
            onChange={(e) => update(index, { credits: e.target.value })}
          />
          <SelectField
            label={t("learningAgreement.insertionReason")}
            value={insertion.reasonCode}
            onChange={(e) => update(index, { reasonCode: e.target.value as InsertionReason })}
          >
            {INSERTION_REASONS.map((reason) => (
              <option key={reason} value={reason}>
                {t(`learningAgreement.reasons.${reason}`)}
              </option>
            ))}
          </SelectField>
        </div>
      ))}
      <Button
        variant="secondary"
        onClick={() =>
          setInsertions((all) => [
            ...all,
            { table: "studied", losCode: "", title: "", term: "AUTUMN", credits: "5", reasonCode: "substituting-deleted", reasonText: "" },
          ])
        }
      >
        {t("learningAgreement.addComponent")}
      </Button>
      {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
      <Button onClick={submit} disabled={busy || refreshing}>
        {t("learningAgreement.proposeChanges")}
      </Button>
    </div>
  );
}
