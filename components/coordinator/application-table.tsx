"use client";

import { useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { bulkDecideAction } from "@/app/actions/review";
import type { ApplicationStatus } from "@/lib/domain/application/status";

export type TableRow = {
  id: string;
  version: number;
  status: ApplicationStatus;
  name: string;
  email: string;
  studentNumber: string | null;
  programme: string | null;
  destination: string | null;
  scholarship: string;
  piecesState: "INCOMPLETE" | "COMPLETE" | "ACCEPTED";
  submittedAt: string;
};

export type SortHeader = { key: string; label: string; href: string | null; sorted: "ascending" | "descending" | null };

const PIECES_TONE = { INCOMPLETE: "warning", COMPLETE: "info", ACCEPTED: "success" } as const;
const BULK_TARGETS: ApplicationStatus[] = ["UNDER_REVIEW", "CHANGES_REQUESTED", "SELECTED", "WAITING_LIST", "NOT_SELECTED", "NOMINATED"];

/** The page of applications, with a selection for bulk status changes. */
export function ApplicationTable({ rows, headers }: { rows: TableRow[]; headers: SortHeader[] }) {
  const { t } = useI18n();
  const router = useRouter();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [target, setTarget] = useState<ApplicationStatus>("UNDER_REVIEW");
  const [reason, setReason] = useState("");
  const [report, setReport] = useState<{ tone: "success" | "warning" | "error"; lines: string[] } | null>(null);
  const [busy, setBusy] = useState(false);

  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  async function applyBulk() {
    setBusy(true);
    setReport(null);
    const chosen = rows.filter((r) => selected.has(r.id)).map((r) => ({ id: r.id, version: r.version }));
    const result = await bulkDecideAction({ applications: chosen, to: target, reason });
    setBusy(false);
    if (!result.ok) {
      setReport({ tone: "error", lines: [t(`errors.${result.error}`)] });
      return;
    }
    const failed = result.data.filter((o) => !o.ok);
    const names = new Map(rows.map((r) => [r.id, r.name]));
    setReport({
      tone: failed.length ? "warning" : "success",
      lines: [
        t("coordinator.bulkDone", { ok: result.data.length - failed.length, failed: failed.length }),
        ...failed.map((f) =>
          t("coordinator.bulkRefused", {
            name: names.get(f.id) ?? f.id,
            reason: f.error === "refused" && f.detail ? t(`errors.refusals.${f.detail}`) : t(`errors.${f.error}`),
          }),
        ),
      ],
    });
    setSelected(new Set());
    router.refresh();
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
                  <input type="checkbox" aria-label={t("coordinator.select", { name: row.name })} checked={selected.has(row.id)} onChange={() => toggle(row.id)} />
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
                <td className="px-3 py-2">{row.scholarship}</td>
                <td className="px-3 py-2">
                  <Badge tone={PIECES_TONE[row.piecesState]}>{t(`coordinator.piecesStates.${row.piecesState}`)}</Badge>
                </td>
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
          <div className="grid gap-3 sm:grid-cols-[14rem_1fr]">
            <label className="space-y-1 text-sm font-medium">
              <span>{t("coordinator.bulkTarget")}</span>
              <select className="block w-full rounded-md border border-slate-300 px-2 py-2" value={target} onChange={(e) => setTarget(e.target.value as ApplicationStatus)}>
                {BULK_TARGETS.map((status) => (
                  <option key={status} value={status}>
                    {t(`statuses.${status}`)}
                  </option>
                ))}
              </select>
            </label>
            <label className="space-y-1 text-sm font-medium">
              <span>{t("coordinator.bulkReason")}</span>
              <input className="block w-full rounded-md border border-slate-300 px-2 py-2" value={reason} onChange={(e) => setReason(e.target.value)} />
            </label>
          </div>
          <Button onClick={applyBulk} disabled={busy}>
            {t("coordinator.bulkApply", { count: selected.size })}
          </Button>
        </section>
      )}
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
