import { requireRole } from "@/lib/server/auth/session";
import { listPartners } from "@/lib/server/partners/list-partners";
import { getTranslator } from "@/lib/i18n/server";
import { PageHeader } from "@/components/ui/page";
import { Cell, Table } from "@/components/ui/table";

export default async function AdminHomePage() {
  await requireRole("ADMINISTRATOR");
  const { t } = await getTranslator();
  const partners = await listPartners();
  return (
    <div className="space-y-6">
      <PageHeader title={t("admin.homeTitle")} />
      <Table
        caption={t("admin.partners")}
        head={[t("admin.partnerName"), t("admin.erasmusCode"), t("admin.country"), t("admin.languages")]}
      >
        {partners.map((partner) => (
          <tr key={partner.id}>
            <Cell>{partner.name}</Cell>
            <Cell>{partner.erasmusCode}</Cell>
            <Cell>{partner.countryCode}</Cell>
            <Cell>{partner.languagesOfInstruction.join(", ")}</Cell>
          </tr>
        ))}
      </Table>
    </div>
  );
}
