import type { Metadata } from "next";
import { requireRole } from "@/lib/server/auth/session";
import { listGradingTables } from "@/lib/server/end-of-stay/list-grading-tables";
import { HOME_OWNER } from "@/lib/server/end-of-stay/grading-tables-for";
import { homeInstitutionName } from "@/lib/server/institution/get-home-institution";
import { gradeBands } from "@/lib/domain/recognition/grade-conversion";
import { getTranslator } from "@/lib/i18n/server";
import { pickMessages } from "@/lib/i18n/pick-messages";
import { formatDateTime } from "@/lib/i18n/format";
import { I18nProvider } from "@/components/i18n/i18n-provider";
import { GradingTableForm } from "@/components/end-of-stay/grading-table-form";
import { Card, PageHeader } from "@/components/ui/page";
import { Cell, Table } from "@/components/ui/table";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("gradingTables.title") };
}

/** The international office's ECTS grading tables: the home institution's and the partners'. */
export default async function GradingTablesPage() {
  const user = await requireRole("INTERNATIONAL_OFFICE");
  const { locale, t } = await getTranslator();
  const { tables, partners } = await listGradingTables(user);
  const home = t("gradingTables.home", { institution: await homeInstitutionName(t("common.appName")) });
  const owners = [{ value: HOME_OWNER, label: home }, ...partners.map((p) => ({ value: p.id, label: p.name }))];
  return (
    <div className="space-y-6">
      <PageHeader title={t("gradingTables.title")} lead={t("gradingTables.lead")} />
      <Card>
        <I18nProvider locale={locale} messages={pickMessages(locale, ["gradingTables", "errors"])}>
          <GradingTableForm owners={owners} />
        </I18nProvider>
      </Card>
      {tables.length === 0 ? (
        <p className="text-sm text-slate-700">{t("gradingTables.none")}</p>
      ) : (
        tables.map((table) => (
          <Table
            key={table.id}
            caption={`${table.ownerName ?? home} — EQF ${table.eqfLevel}, ISCED ${table.iscedCode} · ${formatDateTime(table.updatedAt, locale)}`}
            head={[t("recognition.grade"), t("recognition.count"), t("gradingTables.bands")]}
          >
            {gradeBands(table.grades).map((b, index) => (
              <tr key={b.grade}>
                <Cell>{b.grade}</Cell>
                <Cell>{table.grades[index]!.count}</Cell>
                <Cell>{`${b.band[0]}–${b.band[1]} %`}</Cell>
              </tr>
            ))}
          </Table>
        ))
      )}
    </div>
  );
}
