import type { Metadata } from "next";
import { getFactSheet } from "@/lib/server/incoming/get-factsheet";
import { notFound } from "next/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { localeOfRoute, type LocaleParams } from "@/lib/i18n/route-locale";
import { translator } from "@/lib/i18n/translate";
import { pickMessages } from "@/lib/i18n/pick-messages";
import { I18nProvider } from "@/components/i18n/i18n-provider";
import { NextDeadline } from "@/components/incoming/next-deadline";
import { CourseList } from "@/components/incoming/course-list";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader, Section } from "@/components/ui/page";
import { Cell, Table } from "@/components/ui/table";

// Rendered on the first request for each language, then served from the
// static cache; saving the fact sheet refreshes it at once on the instance
// that saved, other instances once their copy is a minute old.
export const revalidate = 60;

export function generateStaticParams(): Array<{ locale: Locale }> {
  // Nothing at build time: the fact sheet lives in the database.
  return [];
}

type Props = { params: LocaleParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: translator(await localeOfRoute(params))("incoming.title") };
}

export default async function IncomingInformationPage({ params }: Props) {
  const locale = await localeOfRoute(params);
  const sheet = await getFactSheet();
  if (!sheet) notFound();
  const t = translator(locale);
  const s = sheet.content;
  const language = (code: "fr" | "en") => t(`incoming.languageNames.${code}`);
  const courses = s.courses.map((course) => ({ key: course.name.en, name: course.name[locale], languages: course.languages }));

  return (
    <I18nProvider locale={locale} messages={pickMessages(locale, ["incoming"])}>
      <div className="space-y-8">
        <PageHeader title={t("incoming.title")} lead={t("incoming.lead")} actions={<ButtonLink href="/incoming/apply">{t("incoming.applyCta")}</ButtonLink>} />

        <Section id="key-facts" title={t("incoming.keyFacts")}>
          <div className="grid gap-4 md:grid-cols-2 lg:grid-cols-3">
            <Card title={t("incoming.nextDeadline")}>
              <NextDeadline deadlines={s.deadlines} timeZone={s.institution.timeZone} renderedAt={new Date().toISOString()} />
            </Card>
            <Card title={t("incoming.semesterDates")}>
              <dl className="space-y-1 text-sm">
                <div>
                  <dt className="font-medium">{t("incoming.semesters.AUTUMN")}</dt>
                  <dd>{s.semesters.autumn[locale]}</dd>
                </div>
                <div>
                  <dt className="font-medium">{t("incoming.semesters.SPRING")}</dt>
                  <dd>{s.semesters.spring[locale]}</dd>
                </div>
              </dl>
            </Card>
            <Card title={t("incoming.languageRequirements")}>
              <ul className="space-y-1 text-sm">
                {s.languageRequirements.map((r) => (
                  <li key={r.language}>
                    {t("incoming.languageLine", { language: language(r.language), minimum: r.minimumLevel, recommended: r.recommendedLevel })}
                  </li>
                ))}
              </ul>
              <p className="mt-2 text-sm">
                {s.languageRequirements.some((r) => r.certificateRequired) ? t("incoming.certificateRequired") : t("incoming.noCertificate")}
              </p>
            </Card>
            <Card title={t("incoming.credits")}>
              <p className="text-sm">{t("incoming.creditsLine", { credits: s.creditsPerSemester })}</p>
            </Card>
            <Card title={t("incoming.minimumStay")}>
              <p className="text-sm">{s.minimumStay[locale]}</p>
            </Card>
            <Card title={t("incoming.frenchLessonsTitle")}>
              <p className="text-sm">{s.frenchLessons[locale]}</p>
            </Card>
          </div>
        </Section>

        <Section id="courses" title={t("incoming.coursesTitle")}>
          <CourseList courses={courses} />
          <Card title={t("incoming.masterTitle")}>
            <p className="text-sm">
              <a href={s.master.website} className="text-eu-blue underline">
                {s.master.name[locale]}
              </a>
            </p>
            {s.master.noFeesForExchange && <p className="mt-1 text-sm">{t("incoming.noFees")}</p>}
          </Card>
        </Section>

        <Section id="practical" title={t("incoming.practicalTitle")}>
          <div className="grid gap-4 md:grid-cols-2">
            <Card title={t("incoming.accommodation")}>
              <p className="text-sm">
                {t("incoming.accommodationCost", { name: s.accommodation.name, min: s.accommodation.monthlyCostMin, max: s.accommodation.monthlyCostMax })}
              </p>
              <a className="text-sm text-eu-blue underline" href={s.accommodation.website}>
                {s.accommodation.website}
              </a>
            </Card>
            <Card title={t("incoming.insuranceTitle")}>
              <ul className="space-y-3 text-sm">
                {s.insurance.map((item) => (
                  <li key={item.name.en}>
                    <p className="font-medium">
                      {item.name[locale]} — {item.yearlyCostEur === null ? t("incoming.variableCost") : t("incoming.perYear", { cost: item.yearlyCostEur })}
                    </p>
                    <p>{item.description[locale]}</p>
                  </li>
                ))}
              </ul>
            </Card>
          </div>
        </Section>

        <Section id="exams" title={t("incoming.examsTitle")}>
          <p className="text-sm">{s.exams[locale]}</p>
          <Table caption={t("incoming.gradingTitle")} head={[t("incoming.grade"), t("incoming.meaning"), ""]}>
            {s.gradingScale.map((g) => (
              <tr key={g.grade}>
                <Cell>{g.grade}</Cell>
                <Cell>{g.label[locale]}</Cell>
                <Cell>{g.passing ? t("incoming.passing") : t("incoming.failing")}</Cell>
              </tr>
            ))}
          </Table>
          <Card title={t("incoming.resitsTitle")}>
            <p className="text-sm">{s.resits[locale]}</p>
          </Card>
        </Section>

        <Section id="contacts" title={t("incoming.contactsTitle")}>
          <Card>
            <dl className="grid gap-3 text-sm sm:grid-cols-2">
              <div>
                <dt className="font-medium">{t("incoming.coordinator")}</dt>
                <dd>
                  {s.contacts.coordinatorName} —{" "}
                  <a className="text-eu-blue underline" href={`mailto:${s.contacts.coordinatorEmail}`}>
                    {s.contacts.coordinatorEmail}
                  </a>
                </dd>
              </div>
              <div>
                <dt className="font-medium">{t("incoming.incomingEmail")}</dt>
                <dd>
                  <a className="text-eu-blue underline" href={`mailto:${s.contacts.incomingEmail}`}>
                    {s.contacts.incomingEmail}
                  </a>
                </dd>
              </div>
              <div>
                <dt className="font-medium">{t("incoming.phone")}</dt>
                <dd>{s.contacts.phone}</dd>
              </div>
              <div>
                <dt className="font-medium">{t("incoming.erasmusCode")}</dt>
                <dd>{s.institution.erasmusCode}</dd>
              </div>
              <div className="sm:col-span-2">
                <dt className="font-medium">{t("incoming.address")}</dt>
                <dd className="whitespace-pre-line">{s.institution.address}</dd>
              </div>
            </dl>
          </Card>
        </Section>
      </div>
    </I18nProvider>
  );
}
