import { notFound } from "next/navigation";
import { requireRole } from "@/lib/server/auth/session";
import { getStaffAccount } from "@/lib/server/staff/list-staff";
import { staffScopeOptions } from "@/lib/server/staff/scope-options";
import { getTranslator } from "@/lib/i18n/server";
import { pickMessages } from "@/lib/i18n/pick-messages";
import { I18nProvider } from "@/components/i18n/i18n-provider";
import { StaffAccountForm } from "@/components/staff/staff-account-form";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/page";

export default async function StaffAccountPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireRole("ADMINISTRATOR");
  const { id } = await params;
  const [account, options] = await Promise.all([getStaffAccount(user, id), staffScopeOptions(user)]);
  if (!account) notFound();
  const { locale, t } = await getTranslator();
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("staff.editTitle", { name: account.name })}
        lead={account.email}
        actions={
          <ButtonLink href="/admin/staff" variant="secondary">
            {t("staff.back")}
          </ButtonLink>
        }
      />
      <Card>
        <I18nProvider locale={locale} messages={pickMessages(locale, ["staff", "roles", "errors"])}>
          <StaffAccountForm
            options={options}
            values={{
              userId: account.id,
              version: account.version,
              role: account.role,
              departmentId: account.departmentId ?? "",
              partnerInstitutionId: account.partnerInstitutionId ?? "",
              active: !account.deactivatedAt,
            }}
          />
        </I18nProvider>
      </Card>
    </div>
  );
}
