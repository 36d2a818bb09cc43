import { requireRole } from "@/lib/server/auth/session";
import { listDepartments } from "@/lib/server/programme/list-departments";
import { getTranslator } from "@/lib/i18n/server";
import { pickMessages } from "@/lib/i18n/pick-messages";
import { I18nProvider } from "@/components/i18n/i18n-provider";
import { DepartmentForm } from "@/components/admin/department-form";
import { ProgrammeForm } from "@/components/admin/programme-form";
import { Card, PageHeader } from "@/components/ui/page";

export default async function DepartmentsPage() {
  const user = await requireRole("ADMINISTRATOR");
  const { locale, t } = await getTranslator();
  const departments = await listDepartments(user);
  return (
    <div className="space-y-6">
      <PageHeader title={t("staff.departmentsTitle")} lead={t("staff.departmentsLead")} />
      <I18nProvider locale={locale} messages={pickMessages(locale, ["staff", "errors"])}>
        <Card title={t("staff.newDepartment")}>
          <DepartmentForm values={{ name: "", archived: false }} />
        </Card>
        {departments.map((department) => (
          <Card key={department.id} title={department.archivedAt ? `${department.name} (${t("staff.archivedBadge")})` : department.name}>
            <div className="space-y-4">
              <DepartmentForm values={{ id: department.id, version: department.version, name: department.name, archived: Boolean(department.archivedAt) }} />
              <h3 className="font-semibold">{t("staff.programmes", { department: department.name })}</h3>
              {department.programmes.length === 0 && <p className="text-sm text-slate-700">{t("staff.noProgrammes")}</p>}
              {department.programmes.map((programme) => (
                <ProgrammeForm
                  key={programme.id}
                  legend={programme.archivedAt ? `${programme.name} (${t("staff.archivedBadge")})` : programme.name}
                  values={{
                    id: programme.id,
                    version: programme.version,
                    departmentId: department.id,
                    name: programme.name,
                    eqfLevel: programme.eqfLevel,
                    iscedCode: programme.iscedCode ?? "",
                    archived: Boolean(programme.archivedAt),
                  }}
                />
              ))}
              <ProgrammeForm
                legend={t("staff.newProgramme", { department: department.name })}
                values={{ departmentId: department.id, name: "", eqfLevel: 7, iscedCode: "", archived: false }}
              />
            </div>
          </Card>
        ))}
      </I18nProvider>
    </div>
  );
}
