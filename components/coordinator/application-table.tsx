"use client";

import { useState } from "react";
import Link from "next/link";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { SelectField, TextField } from "@/components/ui/field";
import { failureText, useAction } from "@/components/forms/use-action";
import { useZodForm } from "@/components/forms/use-zod-form";
import { NoticeView } from "@/components/forms/notice-view";
import type { z } from "zod";
import { ZBulkTransition } from "@/lib/validation/application-filters";
import { bulkDecideAction } from "@/app/actions/review";
import type { ApplicationStatus } from "@/lib/domain/application/status";

type TableRow = {
  id: string;
  version: number;
  status: ApplicationStatus;
  name: string;
  email: string;
  studentNumber: string | null;
  programme: string | null;
  destination: string | null;
  /** The home dossier's columns, absent for the host institution. */
  home: { scholarship: string; piecesState: "INCOMPLETE" | "COMPLETE" | "ACCEPTED" } | null;
  submittedAt: string;
};

export type SortHeader = { key: string; label: string; href: string | null; sorted: "ascending" | "descending" | null };

const PIECES_TONE = { INCOMPLETE: "warning", COMPLETE: "info", ACCEPTED: "success" } as const;
const BULK_TARGETS: ApplicationStatus[] = ["UNDER_REVIEW", "CHANGES_REQUESTED", "SELECTED", "WAITING_LIST", "NOT_SELECTED", "NOMINATED"];

/** The page of applications, with a selection for bulk status changes. */
export function ApplicationTable({ rows, headers }: { rows: TableRow[]; headers: SortHeader[] }) {
  const { t, fieldError } = useI18n();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const form = useZodForm(ZBulkTransition, { applications: [], to: "UNDER_REVIEW", reason: "" });
  const { run, notice, busy } = useAction({ form });
  const [report, setReport] = useState<{ tone: "success" | "warning"; lines: string[] } | null>(null);

  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  async function applyBulk(values: z.output<typeof ZBulkTransition>) {
    setReport(null);
    const result = await run(() => bulkDecideAction(values));
    if (!result.ok) return;
    const failed = result.data.filter((o) => !o.ok);
    const names = new Map(rows.map((r) => [r.id, r.name]));
    setReport({
      tone: failed.length ? "warning" : "success",
      lines: [
        t("coordinator.bulkDone", { ok: result.data.length - failed.length, failed: failed.length }),
        ...failed.map((f) => t("coordinator.bulkRefused", { name: names.get(f.id) ?? f.id, reason: f.ok ? "" : failureText(t, f) })),
      ],
    });
    setSelected(new Set());
  }

  return (
    <div className="space-y-3">
      <div className="overflow-x-auto rounded-md border border-slate-200 bg-white">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="px-3 py-2">
                <input
                  type="checkbox"
                  aria-label={t("coordinator.selectAll")}
                  checked={rows.length > 0 && selected.size === rows.length}
                  onChange={(e) => setSelected(e.target.checked ? new Set(rows.map((r) => r.id)) : new Set())}
                />
              </th>
              {headers.map((header) => (
                <th key={header.key} scope="col" aria-sort={header.sorted ?? undefined} className="px-3 py-2 text-left font-semibold text-slate-800">
                  {header.href ? (
                    <Link href={header.href} className="underline-offset-4 hover:underline">
                      {header.label}
                      {header.sorted === "ascending" ? " ▲" : header.sorted === "descending" ? " ▼" : ""}
                    </Link>
                  ) : (
                    header.label
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((row) => (
              <tr key={row.id} data-application={row.id}>
                <td className="px-3 py-2">
                  <input
                    type="checkbox"
                    aria-label={t("coordinator.select", { name: row.name })}
                    checked={selected.has(row.id)}
                    onChange={() => toggle(row.id)}
                  />
                </td>
                <td className="px-3 py-2">
                  <Link href={`/coordinator/applications/${row.id}`} className="font-semibold text-eu-blue underline">
                    {row.name}
                  </Link>
                  <span className="block text-xs text-slate-600">
                    {row.email} · {row.studentNumber}
                  </span>
                </td>
                <td className="px-3 py-2">{row.programme}</td>
                <td className="px-3 py-2">{row.destination}</td>
                {row.home && (
                  <>
                    <td className="px-3 py-2">{row.home.scholarship}</td>
                    <td className="px-3 py-2">
                      <Badge tone={PIECES_TONE[row.home.piecesState]}>{t(`coordinator.piecesStates.${row.home.piecesState}`)}</Badge>
                    </td>
                  </>
                )}
                <td className="px-3 py-2">
                  <Badge tone="info">{t(`statuses.${row.status}`)}</Badge>
                </td>
                <td className="px-3 py-2 whitespace-nowrap">{row.submittedAt}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {selected.size > 0 && (
        <section className="space-y-3 rounded-md border border-slate-200 bg-white p-4" aria-label={t("coordinator.bulkTitle")}>
          <h2 className="font-semibold">{t("coordinator.bulkTitle")}</h2>
          <form
            className="space-y-3"
            noValidate
            onSubmit={(event) => {
              // The rows ticked in the table are the form's list of applications.
              form.setValue(
                "applications",
                rows.filter((r) => selected.has(r.id)).map((r) => ({ id: r.id, version: r.version })),
              );
              return form.handleSubmit(applyBulk)(event);
            }}
          >
            <div className="grid gap-3 sm:grid-cols-[14rem_1fr]">
              <SelectField label={t("coordinator.bulkTarget")} {...form.register("to")}>
                {BULK_TARGETS.map((status) => (
                  <option key={status} value={status}>
                    {t(`statuses.${status}`)}
                  </option>
                ))}
              </SelectField>
              <TextField label={t("coordinator.bulkReason")} error={fieldError(form.formState.errors.reason)} {...form.register("reason")} />
            </div>
            <Button type="submit" disabled={busy}>
              {t("coordinator.bulkApply", { count: selected.size })}
            </Button>
          </form>
        </section>
      )}
      <NoticeView notice={notice} />
      {report && (
        <Alert tone={report.tone}>
          <ul>
            {report.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </Alert>
      )}
    </div>
  );
}
