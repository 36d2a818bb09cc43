import { displayName } from "@/lib/domain/people";
import type { ApplicationStatus } from "@/lib/domain/application/status";
import Link from "next/link";
import { requireRole } from "@/lib/server/auth/session";
import { COORDINATOR_ROLES } from "@/lib/domain/roles";
import { listApplications } from "@/lib/server/coordinator/list-applications";
import { getFilterOptions } from "@/lib/server/coordinator/filter-options";
import { describeCoordinatorScope } from "@/lib/server/user/describe-coordinator-scope";
import { filtersFromSearchParams, filtersToQuery, type TApplicationFilters } from "@/lib/validation/application-filters";
import { getTranslator } from "@/lib/i18n/server";
import { pickMessages } from "@/lib/i18n/pick-messages";
import { formatDate } from "@/lib/i18n/format";
import { I18nProvider } from "@/components/i18n/i18n-provider";
import { ApplicationFilters } from "@/components/coordinator/application-filters";
import { ApplicationTable, type SortHeader } from "@/components/coordinator/application-table";
import { PageHeader } from "@/components/ui/page";
import { buttonClasses } from "@/components/ui/button";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function sortHeader(filters: TApplicationFilters, key: string, label: string, sort?: TApplicationFilters["sort"]): SortHeader {
  if (!sort) return { key, label, href: null, sorted: null };
  const active = filters.sort === sort;
  const dir = active && filters.dir === "asc" ? "desc" : "asc";
  return {
    key,
    label,
    href: `/coordinator${filtersToQuery({ ...filters, sort, dir, page: 1 })}`,
    sorted: active ? (filters.dir === "asc" ? "ascending" : "descending") : null,
  };
}

export default async function CoordinatorDashboardPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireRole(...COORDINATOR_ROLES);
  const { locale, t } = await getTranslator();
  const filters = filtersFromSearchParams(await searchParams);
  const [list, options, scope] = await Promise.all([listApplications(user, filters), getFilterOptions(user), describeCoordinatorScope(user)]);
  const lead =
    scope.kind === "department"
      ? t("coordinator.scopeDepartment", { department: scope.name })
      : scope.kind === "host"
        ? t("coordinator.scopeHost", { institution: scope.name })
        : scope.kind === "commission"
          ? t("coordinator.scopeCommission")
          : t("coordinator.scopeAll");

  const headers = [
    sortHeader(filters, "name", t("coordinator.columns.name"), "name"),
    sortHeader(filters, "programme", t("coordinator.columns.programme"), "programme"),
    sortHeader(filters, "destination", t("coordinator.columns.destination")),
    ...(list.can.readHomeDossier
      ? [sortHeader(filters, "scholarship", t("coordinator.columns.scholarship")), sortHeader(filters, "pieces", t("coordinator.columns.pieces"))]
      : []),
    sortHeader(filters, "status", t("coordinator.columns.status"), "status"),
    sortHeader(filters, "submittedAt", t("coordinator.columns.submittedAt"), "submittedAt"),
  ];
  const rows = list.rows.map((row) => ({
    id: row.id,
    version: row.version,
    status: row.status,
    name: displayName(row, row.email, { lastNameFirst: true }),
    email: row.email,
    studentNumber: row.studentNumber,
    programme: row.programme,
    destination: row.destination,
    home: list.can.readHomeDossier
      ? { scholarship: row.scholarshipHolder === null ? "" : row.scholarshipHolder ? t("application.yes") : t("application.no"), piecesState: row.piecesState }
      : null,
    submittedAt: row.submittedAt ? formatDate(row.submittedAt, locale) : "",
  }));
  const pageLink = (page: number) => `/coordinator${filtersToQuery({ ...filters, page })}`;

  return (
    <div className="space-y-6">
      <PageHeader
        title={t("coordinator.homeTitle")}
        lead={lead}
        actions={
          <>
            {filters.round && ["INTERNATIONAL_OFFICE", "DEPARTMENTAL_COORDINATOR"].includes(user.role) && (
              <a className={buttonClasses("secondary")} href={`/coordinator/rounds/${filters.round}/selection`}>
                {t("coordinator.selection")}
              </a>
            )}
            <a className={buttonClasses("secondary")} href={`/api/v1/coordinator/applications/export${filtersToQuery({ ...filters, page: 1 })}`}>
              {t("coordinator.exportCsv")}
            </a>
          </>
        }
      />
      <ApplicationFilters filters={filters} options={options} t={t} />
      <nav aria-label={t("coordinator.statusCounts")} className="flex flex-wrap gap-2" data-testid="status-counts">
        {(Object.entries(list.statusCounts) as Array<[ApplicationStatus, number]>).map(([status, count]) => (
          <Link
            key={status}
            href={`/coordinator${filtersToQuery({ ...filters, status: status as TApplicationFilters["status"], page: 1 })}`}
            aria-current={filters.status === status ? "true" : undefined}
            className={`rounded-full border px-3 py-1 text-sm ${filters.status === status ? "border-eu-blue bg-eu-blue text-white" : "border-slate-300 bg-white"}`}
          >
            {t(`statuses.${status}`)} · {count}
          </Link>
        ))}
      </nav>
      <p className="text-sm text-slate-700" data-testid="result-count">
        {t("coordinator.resultCount", { count: list.total })}
      </p>
      {list.rows.length === 0 ? (
        <p>{t("coordinator.noResults")}</p>
      ) : (
        <I18nProvider locale={locale} messages={pickMessages(locale, ["coordinator", "statuses", "errors"])}>
          <ApplicationTable rows={rows} headers={headers} />
        </I18nProvider>
      )}
      <nav className="flex items-center justify-between" aria-label={t("coordinator.pageOf", { page: list.page, pages: list.pageCount })}>
        {list.page > 1 ? (
          <Link href={pageLink(list.page - 1)} className={buttonClasses("secondary")}>
            {t("coordinator.previous")}
          </Link>
        ) : (
          <span />
        )}
        <span className="text-sm">{t("coordinator.pageOf", { page: list.page, pages: list.pageCount })}</span>
        {list.page < list.pageCount ? (
          <Link href={pageLink(list.page + 1)} className={buttonClasses("secondary")}>
            {t("coordinator.nextPage")}
          </Link>
        ) : (
          <span />
        )}
      </nav>
    </div>
  );
}
