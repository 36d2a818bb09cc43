import type { TimelineEntry } from "@/lib/server/application/timeline";
import type { Translate } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/locales";
import { formatDateTime } from "@/lib/i18n/format";
import { auditLabel } from "@/lib/domain/audit-actions";
import { isApplicationStatus } from "@/lib/domain/application/status";
import { isPieceKind } from "@/lib/domain/dossier/pieces";

function status(state: string | null, t: Translate): string {
  return state && isApplicationStatus(state) ? t(`statuses.${state}`) : "—";
}

function describe(entry: TimelineEntry, t: Translate): string {
  const key = `timeline.actions.${auditLabel(entry.action)}` as const;
  if (entry.action === "application.status_changed") return t(key, { from: status(entry.fromState, t), to: status(entry.toState, t) });
  const kind = entry.toState?.split(":")[0];
  return t(key, { piece: kind && isPieceKind(kind) ? t(`dossier.pieces.${kind}`) : "", to: entry.toState ?? "" });
}

/** The audit trail as the people involved read it: who did what, when, and why. */
export function Timeline({ entries, t, locale }: { entries: TimelineEntry[]; t: Translate; locale: Locale }) {
  if (entries.length === 0) return <p className="text-sm text-slate-700">{t("timeline.empty")}</p>;
  return (
    <ol className="relative space-y-3 border-l-2 border-slate-200 pl-4" data-testid="timeline">
      {entries.map((entry) => (
        <li key={entry.id} className="text-sm">
          <p className="font-medium text-slate-900">{describe(entry, t)}</p>
          <p className="text-xs text-slate-600">
            {formatDateTime(entry.createdAt, locale)}
            {entry.actor && ` · ${t("timeline.by", { actor: entry.actor })}`}
          </p>
          {entry.reason && entry.action !== "piece.uploaded" && <p className="mt-1 rounded bg-slate-100 p-2 break-words text-slate-800">{entry.reason}</p>}
        </li>
      ))}
    </ol>
  );
}
