import { requireRole } from "@/lib/server/auth/session";
import { findOpenRounds } from "@/lib/server/rounds/find-open-rounds";
import { getTranslator } from "@/lib/i18n/server";
import { formatDate } from "@/lib/i18n/format";
import { PageHeader, Card } from "@/components/ui/page";
import { ButtonLink } from "@/components/ui/button";

export default async function StudentHomePage() {
  const user = await requireRole("STUDENT");
  const { locale, t } = await getTranslator();
  const rounds = await findOpenRounds();
  return (
    <div className="space-y-6">
      <PageHeader title={t("student.homeTitle")} lead={t("student.welcome", { name: user.name })} />
      <Card>
        {rounds.length === 0 ? (
          <p>{t("student.noOpenRound")}</p>
        ) : (
          <ul className="space-y-1">
            {rounds.map((round) => (
              <li key={round.id}>
                {t("student.openRound", { name: round.name, deadline: formatDate(round.deadline, locale) })}
              </li>
            ))}
          </ul>
        )}
        <p className="mt-4">{t("student.nextStep")}</p>
        <div className="mt-3">
          <ButtonLink href="/eligibility">{t("home.checkEligibility")}</ButtonLink>
        </div>
      </Card>
    </div>
  );
}
