import Link from "next/link";
import { z } from "zod";
import { requireRole } from "@/lib/server/auth/session";
import { listIncomingApplications } from "@/lib/server/incoming/list-incoming-applications";
import { getTranslator } from "@/lib/i18n/server";
import { formatDate } from "@/lib/i18n/format";
import { Badge } from "@/components/ui/badge";
import { ButtonLink, buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page";
import { Cell, Table } from "@/components/ui/table";

const ZFilters = z.object({
  status: z.enum(["SUBMITTED", "ACCEPTED", "DECLINED"]).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});

const TONE = { SUBMITTED: "info", ACCEPTED: "success", DECLINED: "danger" } as const;

export default async function IncomingApplicationsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requireRole("INTERNATIONAL_OFFICE");
  const { locale, t } = await getTranslator();
  const raw = await searchParams;
  const filters = ZFilters.parse({ ...raw, q: raw.q || undefined, status: raw.status || undefined });
  const list = await listIncomingApplications(user, filters);
  const query = (page: number) => {
    const params = new URLSearchParams();
    if (filters.status) params.set("status", filters.status);
    if (filters.q) params.set("q", filters.q);
    if (page > 1) params.set("page", String(page));
    return `/coordinator/incoming${params.size ? `?${params}` : ""}`;
  };
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("incoming.officeTitle")}
        actions={
          <ButtonLink href="/coordinator/factsheet" variant="secondary">
            {t("incoming.editFactSheet")}
          </ButtonLink>
        }
      />
      <form method="get" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4">
        <label className="space-y-1 text-sm font-medium">
          <span className="block">{t("incoming.statusFilter")}</span>
          <select name="status" defaultValue={filters.status ?? ""} className="rounded-md border border-slate-300 px-2 py-2">
            <option value="">{t("incoming.allStatuses")}</option>
            {(["SUBMITTED", "ACCEPTED", "DECLINED"] as const).map((s) => (
              <option key={s} value={s}>
                {t(`incoming.statuses.${s}`)} ({list.statusCounts[s] ?? 0})
              </option>
            ))}
          </select>
        </label>
        <label className="flex-1 space-y-1 text-sm font-medium">
          <span className="block">{t("incoming.searchLabel")}</span>
          <input type="search" name="q" defaultValue={filters.q ?? ""} className="w-full rounded-md border border-slate-300 px-2 py-2" />
        </label>
        <button type="submit" className={buttonClasses("primary")}>
          {t("coordinator.apply")}
        </button>
      </form>
      {list.rows.length === 0 ? (
        <p>{t("incoming.officeEmpty")}</p>
      ) : (
        <Table
          head={[
            t("incoming.columns.name"),
            t("incoming.columns.home"),
            t("incoming.columns.field"),
            t("incoming.columns.intake"),
            t("incoming.columns.status"),
            t("incoming.columns.received"),
          ]}
        >
          {list.rows.map((row) => (
            <tr key={row.id}>
              <Cell>
                <Link className="font-semibold text-eu-blue underline" href={`/coordinator/incoming/${row.id}`}>
                  {row.name}
                </Link>
                <span className="block text-xs text-slate-600">{row.email}</span>
              </Cell>
              <Cell>
                {row.homeInstitution} <span className="text-xs text-slate-600">({row.homeErasmusCode})</span>
              </Cell>
              <Cell>{row.fieldOfStudy}</Cell>
              <Cell>
                {t(`incoming.semesters.${row.semester}`)} {row.academicYear}
              </Cell>
              <Cell>
                <Badge tone={TONE[row.status]}>{t(`incoming.statuses.${row.status}`)}</Badge>
              </Cell>
              <Cell>{formatDate(row.createdAt, locale)}</Cell>
            </tr>
          ))}
        </Table>
      )}
      <nav className="flex items-center justify-between text-sm">
        {filters.page > 1 ? (
          <Link href={query(filters.page - 1)} className={buttonClasses("secondary")}>
            {t("coordinator.previous")}
          </Link>
        ) : (
          <span />
        )}
        <span>{t("coordinator.pageOf", { page: filters.page, pages: list.pageCount })}</span>
        {filters.page < list.pageCount ? (
          <Link href={query(filters.page + 1)} className={buttonClasses("secondary")}>
            {t("coordinator.nextPage")}
          </Link>
        ) : (
          <span />
        )}
      </nav>
    </div>
  );
}
