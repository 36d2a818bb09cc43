import type { FilterOptions } from "@/lib/server/coordinator/filter-options";
import type { TApplicationFilters } from "@/lib/validation/application-filters";
import { APPLICATION_STATUSES } from "@/lib/domain/application/status";
import type { Translate } from "@/lib/i18n/translate";
import { buttonClasses } from "@/components/ui/button";

const SELECT = "block w-full rounded-md border border-slate-300 bg-white px-2 py-2 text-sm";

function Select({ name, label, value, children }: { name: string; label: string; value?: string; children: React.ReactNode }) {
  return (
    <label className="block space-y-1 text-sm font-medium text-slate-800">
      <span>{label}</span>
      <select name={name} defaultValue={value ?? ""} className={SELECT}>
        {children}
      </select>
    </label>
  );
}

/** A plain GET form: the filters live in the URL, so a view can be bookmarked and shared. */
export function ApplicationFilters({ filters, options, t }: { filters: TApplicationFilters; options: FilterOptions; t: Translate }) {
  return (
    <form method="get" action="/coordinator" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" aria-label={t("coordinator.filters")}>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        <Select name="round" label={t("coordinator.filterRound")} value={filters.round}>
          <option value="">{t("coordinator.allRounds")}</option>
          {options.rounds.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </Select>
        <Select name="status" label={t("coordinator.filterStatus")} value={filters.status}>
          <option value="">{t("coordinator.allStatuses")}</option>
          {APPLICATION_STATUSES.filter((s) => s !== "DRAFT").map((s) => (
            <option key={s} value={s}>
              {t(`statuses.${s}`)}
            </option>
          ))}
        </Select>
        <Select name="programme" label={t("coordinator.filterProgramme")} value={filters.programme}>
          <option value="">{t("coordinator.allProgrammes")}</option>
          {options.programmes.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </Select>
        <Select name="destination" label={t("coordinator.filterDestination")} value={filters.destination}>
          <option value="">{t("coordinator.allDestinations")}</option>
          {options.destinations.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </Select>
        <Select name="pieces" label={t("coordinator.filterPieces")} value={filters.pieces}>
          <option value="">{t("coordinator.anyPieces")}</option>
          {(["INCOMPLETE", "COMPLETE", "ACCEPTED"] as const).map((state) => (
            <option key={state} value={state}>
              {t(`coordinator.piecesStates.${state}`)}
            </option>
          ))}
        </Select>
        <Select name="scholarship" label={t("coordinator.filterScholarship")} value={filters.scholarship}>
          <option value="">{t("coordinator.anyScholarship")}</option>
          <option value="yes">{t("application.yes")}</option>
          <option value="no">{t("application.no")}</option>
        </Select>
      </div>
      <label className="block space-y-1 text-sm font-medium text-slate-800">
        <span>{t("coordinator.search")}</span>
        <input type="search" name="q" defaultValue={filters.q ?? ""} className={SELECT} />
      </label>
      <input type="hidden" name="sort" value={filters.sort} />
      <input type="hidden" name="dir" value={filters.dir} />
      <div className="flex gap-2">
        <button type="submit" className={buttonClasses("primary")}>
          {t("coordinator.apply")}
        </button>
        <a href="/coordinator" className={buttonClasses("ghost")}>
          {t("coordinator.reset")}
        </a>
      </div>
    </form>
  );
}
