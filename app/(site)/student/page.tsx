import Link from "next/link";
import { requireRole } from "@/lib/server/auth/session";
import { findOpenRounds } from "@/lib/server/round/find-open-rounds";
import { listStudentApplications } from "@/lib/server/application/list-student-applications";
import { getApplication } from "@/lib/server/application/get-application";
import { getStudentIdentity } from "@/lib/server/user/get-student-identity";
import { nextStepFor } from "@/lib/domain/application/next-step";
import { getTranslator } from "@/lib/i18n/server";
import type { Translate } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/locales";
import { pickMessages } from "@/lib/i18n/pick-messages";
import { formatDate } from "@/lib/i18n/format";
import { I18nProvider } from "@/components/i18n/i18n-provider";
import { StartApplicationButton } from "@/components/application/start-application-button";
import { StatusBadge } from "@/components/application/status-badge";
import { PageHeader, Card } from "@/components/ui/page";
import { ButtonLink } from "@/components/ui/button";

export default async function StudentHomePage() {
  const user = await requireRole("STUDENT");
  const { locale, t } = await getTranslator();
  const [rounds, applications, identity] = await Promise.all([findOpenRounds(), listStudentApplications(user), getStudentIdentity(user)]);
  const appliedRounds = new Set(applications.map((a) => a.roundId));
  const views = await Promise.all(applications.map((a) => getApplication(user, a.id)));
  const nextSteps = new Map(views.filter((v) => v !== null).map((v) => [v.id, nextStepFor(v.status, v.checklist, v.round)]));
  return (
    <div className="space-y-6">
      <PageHeader title={t("student.homeTitle")} lead={t("student.welcome", { name: user.name })} />
      <Card title={t("application.myApplications")}>
        {applications.length === 0 ? (
          <p>{t("application.noApplication")}</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {applications.map((application) => (
              <li key={application.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
                <Link href={`/student/applications/${application.id}`} className="font-semibold text-eu-blue underline">
                  {application.roundName}
                </Link>
                <StatusBadge status={application.status} label={t(`statuses.${application.status}`)} />
                <NextStep step={nextSteps.get(application.id)} t={t} locale={locale} />
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card>
        {rounds.length === 0 ? (
          <p>{t("student.noOpenRound")}</p>
        ) : (
          <I18nProvider locale={locale} messages={pickMessages(locale, ["application", "errors"])}>
            <ul className="space-y-4">
              {rounds.map((round) => (
                <li key={round.id} className="space-y-2">
                  <p>{t("student.openRound", { name: round.name, deadline: formatDate(round.deadline, locale) })}</p>
                  {!appliedRounds.has(round.id) && <StartApplicationButton roundId={round.id} />}
                </li>
              ))}
            </ul>
          </I18nProvider>
        )}
        <p className="mt-4">{t("student.nextStep")}</p>
        <div className="mt-3">
          <ButtonLink href="/eligibility" variant="secondary">
            {t("home.checkEligibility")}
          </ButtonLink>
        </div>
      </Card>
      <Card title={t("student.account")}>
        <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="font-semibold">{t("auth.email")}</dt>
          <dd className="break-all">{identity.email}</dd>
          <dt className="font-semibold">{t("auth.studentNumber")}</dt>
          <dd data-testid="student-number">{identity.studentNumber ?? t("student.studentNumberMissing")}</dd>
          <dt className="font-semibold">{t("student.esi")}</dt>
          <dd className="break-all" data-testid="esi">
            {identity.europeanStudentIdentifier ?? t("student.esiMissing")}
          </dd>
        </dl>
      </Card>
    </div>
  );
}

/** The next thing the student does for an application, with the pieces to replace when there are, and the day it is due. */
function NextStep({ step, t, locale }: { step: ReturnType<typeof nextStepFor> | undefined; t: Translate; locale: Locale }) {
  if (!step) return null;
  const pieces = (step.pieces ?? []).map((kind) => t(`dossier.pieces.${kind}`)).join(", ");
  return (
    <p className="w-full text-sm text-slate-700" data-testid="next-step">
      {t(`student.nextSteps.${step.key}`, { pieces })}
      {step.due && ` ${t("student.dueBy", { date: formatDate(step.due, locale) })}`}
    </p>
  );
}
