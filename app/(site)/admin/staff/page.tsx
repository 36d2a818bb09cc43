import Link from "next/link";
import { requireRole } from "@/lib/server/auth/session";
import { listStaff } from "@/lib/server/staff/list-staff";
import { staffScopeOptions } from "@/lib/server/staff/scope-options";
import { getTranslator } from "@/lib/i18n/server";
import { pickMessages } from "@/lib/i18n/pick-messages";
import { formatDate } from "@/lib/i18n/format";
import { I18nProvider } from "@/components/i18n/i18n-provider";
import { InviteStaffForm } from "@/components/staff/invite-staff-form";
import { RevokeStaffInvitation } from "@/components/staff/revoke-staff-invitation";
import { Card, PageHeader } from "@/components/ui/page";
import { Cell, Table } from "@/components/ui/table";

export default async function StaffPage() {
  const user = await requireRole("ADMINISTRATOR");
  const { locale, t } = await getTranslator();
  const [{ accounts, invitations }, options] = await Promise.all([listStaff(user), staffScopeOptions(user)]);
  const scopeName = (a: { department: { name: string } | null; partnerInstitution: { name: string } | null }) =>
    a.department?.name ?? a.partnerInstitution?.name ?? "—";
  return (
    <div className="space-y-8">
      <PageHeader title={t("staff.title")} lead={t("staff.lead")} />
      <I18nProvider locale={locale} messages={pickMessages(locale, ["staff", "partners", "roles", "errors"])}>
        <Card title={t("staff.invite")}>
          <p className="mb-3 text-sm text-slate-700">{t("staff.inviteLead")}</p>
          <InviteStaffForm options={options} />
        </Card>
        <Card title={t("staff.invitations")}>
          {invitations.length === 0 ? (
            <p className="text-sm text-slate-700">{t("staff.noInvitations")}</p>
          ) : (
            <ul className="space-y-2 text-sm">
              {invitations.map((invitation) => {
                const line = t("staff.invitationLine", {
                  name: invitation.name,
                  email: invitation.email,
                  role: t(`roles.${invitation.role}`),
                  date: formatDate(invitation.expiresAt, locale),
                });
                return (
                  <li key={invitation.id} className="flex flex-wrap items-center justify-between gap-2">
                    <span className="break-all">{line}</span>
                    <RevokeStaffInvitation invitationId={invitation.id} label={`${t("staff.revoke")} — ${invitation.email}`} />
                  </li>
                );
              })}
            </ul>
          )}
        </Card>
      </I18nProvider>
      <Table
        caption={t("staff.accounts")}
        head={[t("staff.columns.name"), t("staff.columns.email"), t("staff.columns.role"), t("staff.columns.scope"), t("staff.columns.state")]}
      >
        {accounts.map((account) => (
          <tr key={account.id}>
            <Cell>
              <Link href={`/admin/staff/${account.id}`} className="font-medium text-eu-blue underline" aria-label={t("staff.edit", { name: account.name })}>
                {account.name}
              </Link>
            </Cell>
            <Cell>{account.email}</Cell>
            <Cell>{t(`roles.${account.role}`)}</Cell>
            <Cell>{scopeName(account)}</Cell>
            <Cell>{account.deactivatedAt ? t("staff.deactivated") : t("staff.active")}</Cell>
          </tr>
        ))}
      </Table>
    </div>
  );
}
