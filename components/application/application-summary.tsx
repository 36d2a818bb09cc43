import type { ApplicationView } from "@/lib/server/application/get-application";
import type { Translate } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/locales";
import { formatDate, languageName, regionName } from "@/lib/i18n/format";

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-1 py-2 sm:grid-cols-[16rem_1fr]">
      <dt className="text-sm font-medium text-slate-600">{label}</dt>
      <dd className="text-sm text-slate-900">{children}</dd>
    </div>
  );
}

/** Everything the student entered, read-only: the student's own view after submission and the coordinator's. */
export function ApplicationSummary({
  application,
  t,
  locale,
  home = true,
}: {
  application: ApplicationView;
  t: Translate;
  locale: Locale;
  /** The home institution's own answers (scholarship, other grants, recognition, motivation); the host reads only the nomination. */
  home?: boolean;
}) {
  const a = application.answers;
  const none = t("application.notAnswered");
  const yesNo = (value: boolean | null) => (value === null ? none : value ? t("application.yes") : t("application.no"));
  return (
    <dl className="divide-y divide-slate-100">
      <Row label={t("application.fields.firstName")}>{a.firstName ?? none}</Row>
      <Row label={t("application.fields.lastName")}>{a.lastName ?? none}</Row>
      <Row label={t("application.fields.birthDate")}>{a.birthDate ? formatDate(a.birthDate, locale) : none}</Row>
      <Row label={t("auth.studentNumber")}>{application.student.studentNumber ?? none}</Row>
      <Row label={t("auth.email")}>{application.student.email}</Row>
      <Row label={t("eligibility.questions.nationality")}>
        {a.nationality ? regionName(a.nationality, locale) : a.residenceStatus === "stateless" ? t("eligibility.residence.stateless") : none}
      </Row>
      {a.residenceStatus && a.residenceStatus !== "none" && (
        <Row label={t("eligibility.questions.residenceStatus")}>{t(`eligibility.residence.${a.residenceStatus}`)}</Row>
      )}
      <Row label={t("application.fields.programme")}>{a.programme ? `${a.programme.name} (${a.programme.department})` : none}</Row>
      <Row label={t("application.fields.yearOfStudy")}>{a.yearOfStudy ?? none}</Row>
      {home && (
        <>
          <Row label={t("application.fields.creditsCompleted")}>{a.creditsCompleted ?? none}</Row>
          <Row label={t("application.fields.scholarshipHolder")}>{yesNo(a.scholarshipHolder)}</Row>
          <Row label={t("application.fields.otherEuGrant")}>{yesNo(a.otherEuGrant)}</Row>
          <Row label={t("application.fields.fullRecognition")}>{a.fullRecognition ? t(`eligibility.recognitionAnswers.${a.fullRecognition}`) : none}</Row>
        </>
      )}
      <Row label={t("application.steps.destinations")}>
        <ol className="list-decimal space-y-1 pl-5">
          {application.choices.map((c) => (
            <li key={c.rank}>
              {t("application.choiceLine", {
                partner: c.partner,
                country: regionName(c.countryCode, locale),
                from: formatDate(c.startDate, locale),
                to: formatDate(c.endDate, locale),
              })}{" "}
              · {c.semesters.map((s) => t(`application.semesters.${s}`)).join(", ")}
            </li>
          ))}
        </ol>
      </Row>
      <Row label={t("application.steps.languages")}>
        {application.languages.map((l) => `${languageName(l.language, locale)} ${l.level}`).join(" · ") || none}
      </Row>
      {home && (
        <Row label={t("application.steps.motivation")}>
          <p className="whitespace-pre-wrap">{a.motivation ?? none}</p>
        </Row>
      )}
    </dl>
  );
}
