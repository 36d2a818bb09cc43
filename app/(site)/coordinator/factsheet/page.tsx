import { notFound } from "next/navigation";
import { requireRole } from "@/lib/server/auth/session";
import { getFactSheet } from "@/lib/server/incoming/get-factsheet";
import { getTranslator } from "@/lib/i18n/server";
import { pickMessages } from "@/lib/i18n/pick-messages";
import { I18nProvider } from "@/components/i18n/i18n-provider";
import { FactSheetEditor } from "@/components/incoming/factsheet-editor";
import { PageHeader } from "@/components/ui/page";

export default async function FactSheetEditorPage() {
  await requireRole("INTERNATIONAL_OFFICE");
  const sheet = await getFactSheet();
  if (!sheet) notFound();
  const { locale, t } = await getTranslator();
  return (
    <div>
      <PageHeader title={t("factsheet.title")} lead={t("factsheet.lead")} />
      <I18nProvider locale={locale} messages={pickMessages(locale, ["factsheet", "incoming", "coordinator", "errors"])}>
        <FactSheetEditor id={sheet.id} version={sheet.version} content={sheet.content} />
      </I18nProvider>
    </div>
  );
}
