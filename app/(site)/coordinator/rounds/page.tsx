import Link from "next/link";
import { requireRole } from "@/lib/server/auth/session";
import { listRounds } from "@/lib/server/round/list-rounds";
import { getTranslator } from "@/lib/i18n/server";
import { pickMessages } from "@/lib/i18n/pick-messages";
import { formatDate, formatInteger } from "@/lib/i18n/format";
import { I18nProvider } from "@/components/i18n/i18n-provider";
import { RoundRowActions } from "@/components/round/round-row-actions";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page";
import { Cell, Table } from "@/components/ui/table";

export default async function RoundsPage() {
  const user = await requireRole("INTERNATIONAL_OFFICE");
  const { locale, t } = await getTranslator();
  const rounds = await listRounds(user);
  const lastDay = (deadline: Date) => formatDate(new Date(deadline.getTime() - 1), locale);
  return (
    <div className="space-y-6">
      <PageHeader title={t("rounds.title")} lead={t("rounds.lead")} actions={<ButtonLink href="/coordinator/rounds/new">{t("rounds.add")}</ButtonLink>} />
      {rounds.length === 0 ? (
        <p className="text-slate-700">{t("rounds.empty")}</p>
      ) : (
        <I18nProvider locale={locale} messages={pickMessages(locale, ["rounds", "errors"])}>
          <Table
            head={[
              t("rounds.columns.name"),
              t("rounds.columns.year"),
              t("rounds.columns.opens"),
              t("rounds.columns.deadline"),
              t("rounds.columns.destinations"),
              t("rounds.columns.applications"),
              "",
            ]}
          >
            {rounds.map((round) => (
              <tr key={round.id}>
                <Cell>
                  <Link
                    href={`/coordinator/rounds/${round.id}`}
                    className="font-medium text-eu-blue underline"
                    aria-label={t("rounds.edit", { name: round.name })}
                  >
                    {round.name}
                  </Link>
                </Cell>
                <Cell>{round.academicYear}</Cell>
                <Cell>{formatDate(round.opensAt, locale)}</Cell>
                <Cell>{lastDay(round.deadline)}</Cell>
                <Cell>{formatInteger(round.destinations, locale)}</Cell>
                <Cell>{formatInteger(round.applications, locale)}</Cell>
                <Cell>
                  <RoundRowActions roundId={round.id} name={round.name} deletable={round.applications === 0} />
                </Cell>
              </tr>
            ))}
          </Table>
        </I18nProvider>
      )}
    </div>
  );
}
