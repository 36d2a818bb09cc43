import { requireRole } from "@/lib/server/auth/session";
import { COORDINATOR_ROLES } from "@/lib/domain/roles";
import { listRounds } from "@/lib/server/rounds/list-rounds";
import { describeCoordinatorScope } from "@/lib/server/users/describe-coordinator-scope";
import { getTranslator } from "@/lib/i18n/server";
import { formatDate } from "@/lib/i18n/format";
import { PageHeader } from "@/components/ui/page";
import { Cell, Table } from "@/components/ui/table";

export default async function CoordinatorHomePage() {
  const user = await requireRole(...COORDINATOR_ROLES);
  const { locale, t } = await getTranslator();
  const [rounds, scope] = await Promise.all([listRounds(user), describeCoordinatorScope(user)]);
  const lead =
    scope.kind === "department"
      ? t("coordinator.scopeDepartment", { department: scope.name })
      : scope.kind === "host"
        ? t("coordinator.scopeHost", { institution: scope.name })
        : scope.kind === "commission"
          ? t("coordinator.scopeCommission")
          : t("coordinator.scopeAll");
  return (
    <div className="space-y-6">
      <PageHeader title={t("coordinator.homeTitle")} lead={lead} />
      <Table
        caption={t("coordinator.rounds")}
        head={[t("coordinator.roundName"), t("coordinator.academicYear"), t("coordinator.deadline"), t("coordinator.destinations")]}
      >
        {rounds.map((round) => (
          <tr key={round.id}>
            <Cell>{round.name}</Cell>
            <Cell>{round.academicYear}</Cell>
            <Cell>{formatDate(round.deadline, locale)}</Cell>
            <Cell>{round.destinations}</Cell>
          </tr>
        ))}
      </Table>
    </div>
  );
}
