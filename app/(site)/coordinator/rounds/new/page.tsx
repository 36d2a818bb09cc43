import { requireRole } from "@/lib/server/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { pickMessages } from "@/lib/i18n/pick-messages";
import { I18nProvider } from "@/components/i18n/i18n-provider";
import { RoundForm } from "@/components/round/round-form";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/page";

const EMPTY = {
  name: "",
  academicYear: "",
  semesters: ["AUTUMN" as const, "SPRING" as const],
  opensOn: "",
  lastDay: "",
  afterSelectionDue: "",
  beforeDepartureDue: "",
  learningAgreementChangeDays: 35,
};

export default async function NewRoundPage() {
  await requireRole("INTERNATIONAL_OFFICE");
  const { locale, t } = await getTranslator();
  return (
    <div>
      <PageHeader
        title={t("rounds.newTitle")}
        actions={
          <ButtonLink href="/coordinator/rounds" variant="secondary">
            {t("rounds.back")}
          </ButtonLink>
        }
      />
      <Card>
        <I18nProvider locale={locale} messages={pickMessages(locale, ["rounds", "errors"])}>
          <RoundForm values={EMPTY} />
        </I18nProvider>
      </Card>
    </div>
  );
}
