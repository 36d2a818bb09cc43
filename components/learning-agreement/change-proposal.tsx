"use client";

import { useFieldArray, useWatch, type Path } from "react-hook-form";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { CheckboxField, SelectField, TextField } from "@/components/ui/field";
import { useAction } from "@/components/forms/use-action";
import { useZodForm } from "@/components/forms/use-zod-form";
import { NoticeView } from "@/components/forms/notice-view";
import { COMPONENT_TABLES, DELETION_REASONS, INSERTION_REASONS, type LearningAgreementContent } from "@/lib/domain/learning-agreement/content";
import { ZProposeChanges } from "@/lib/validation/learning-agreement";
import type { z } from "zod";
import { proposeChangesAction } from "@/app/actions/learning-agreement";
import { newComponentId } from "./agreement-editor";
import { TermField } from "./term-field";

type Input = z.input<typeof ZProposeChanges>;
/** A field of the change at `index`: deletions and insertions share the list, as the action receives it. */
const at = (index: number, name: string) => `changes.${index}.${name}` as Path<Input>;

/** Changes during the mobility: agreed components deleted and new ones inserted, each with an EWP reason code. */
export function ChangeProposal({ applicationId, agreed }: { applicationId: string; agreed: LearningAgreementContent }) {
  const { t, fieldError } = useI18n();
  const form = useZodForm(ZProposeChanges, { applicationId, changes: [] });
  // The page then replaces this form with the pending proposal's state.
  const { run, notice, busy } = useAction({ form });
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "changes" });
  const changes = useWatch({ control: form.control, name: "changes" }) ?? [];
  const errors = form.formState.errors.changes;
  const errorAt = (index: number, name: string) => {
    let node: unknown = errors?.[index];
    for (const part of name.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
    return fieldError(node as { message?: string } | undefined);
  };
  const deletionOf = (componentId: string) => changes.findIndex((c) => c?.op === "deleted" && c.componentId === componentId);

  return (
    <form className="space-y-4" noValidate onSubmit={form.handleSubmit((values) => run(() => proposeChangesAction(values)))}>
      {COMPONENT_TABLES.map((table) => (
        <section key={table} className="space-y-2">
          <h4 className="text-sm font-semibold">{t(`learningAgreement.tables.${table}`)}</h4>
          {agreed.components[table].map((component) => {
            const index = deletionOf(component.id);
            return (
              <div key={component.id} className="space-y-2 rounded border border-slate-200 p-2 text-sm">
                <CheckboxField
                  label={t("common.labelled", {
                    label: t("learningAgreement.deleteComponent"),
                    value: `${component.losCode} · ${component.title} · ${component.credits} ECTS`,
                  })}
                  checked={index >= 0}
                  onChange={(e) =>
                    e.target.checked
                      ? append({ op: "deleted", table, componentId: component.id, reasonCode: "timetable-conflict", reasonText: "" })
                      : remove(index)
                  }
                />
                {index >= 0 && (
                  <div className="grid gap-2 sm:grid-cols-2">
                    <SelectField label={t("learningAgreement.deletionReason", { title: component.title })} {...form.register(at(index, "reasonCode"))}>
                      {DELETION_REASONS.map((reason) => (
                        <option key={reason} value={reason}>
                          {t(`learningAgreement.reasons.${reason}`)}
                        </option>
                      ))}
                    </SelectField>
                    <TextField label={t("learningAgreement.reasonText")} error={errorAt(index, "reasonText")} {...form.register(at(index, "reasonText"))} />
                  </div>
                )}
              </div>
            );
          })}
        </section>
      ))}
      {fields.map((field, index) =>
        field.op !== "inserted" ? null : (
          <div key={field.id} className="grid gap-2 rounded border border-green-300 bg-green-50 p-2 sm:grid-cols-3" data-testid="insertion">
            <SelectField label={t("learningAgreement.tableLabel")} {...form.register(at(index, "table"))}>
              {COMPONENT_TABLES.map((table) => (
                <option key={table} value={table}>
                  {t(`learningAgreement.tables.${table}`)}
                </option>
              ))}
            </SelectField>
            <TextField label={t("learningAgreement.code")} error={errorAt(index, "component.losCode")} {...form.register(at(index, "component.losCode"))} />
            <TextField label={t("learningAgreement.courseTitle")} error={errorAt(index, "component.title")} {...form.register(at(index, "component.title"))} />
            <TermField {...form.register(at(index, "component.term"))} />
            <TextField
              type="number"
              label={t("learningAgreement.credits")}
              error={errorAt(index, "component.credits")}
              {...form.register(at(index, "component.credits"))}
            />
            <SelectField label={t("learningAgreement.insertionReason")} {...form.register(at(index, "reasonCode"))}>
              {INSERTION_REASONS.map((reason) => (
                <option key={reason} value={reason}>
                  {t(`learningAgreement.reasons.${reason}`)}
                </option>
              ))}
            </SelectField>
          </div>
        ),
      )}
      <Button
        variant="secondary"
        onClick={() =>
          append({
            op: "inserted",
            table: "studied",
            component: { id: newComponentId(), losCode: "", title: "", term: "AUTUMN", credits: 5 },
            reasonCode: "substituting-deleted",
            reasonText: "",
          })
        }
      >
        {t("learningAgreement.addComponent")}
      </Button>
      {errors?.message && <Alert tone="error">{fieldError(errors.message)}</Alert>}
      <NoticeView notice={notice} />
      <Button type="submit" disabled={busy}>
        {t("learningAgreement.proposeChanges")}
      </Button>
    </form>
  );
}
