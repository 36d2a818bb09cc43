import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFactSheet } from "@/lib/server/incoming/get-factsheet";
import { openIntakes } from "@/lib/domain/incoming/deadlines";
import { getTranslator } from "@/lib/i18n/server";
import { formatDate } from "@/lib/i18n/format";
import { parseIsoDate } from "@/lib/domain/calendar";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader, Section } from "@/components/ui/page";
import { Cell, Table } from "@/components/ui/table";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("incoming.title") };
}

type Props = { searchParams: Promise<{ teaching?: string }> };

export default async function IncomingInformationPage({ searchParams }: Props) {
  const sheet = await getFactSheet();
  if (!sheet) notFound();
  const { locale, t } = await getTranslator();
  const s = sheet.content;
  const teaching = (await searchParams).teaching;
  const filter = teaching === "fr" || teaching === "en" ? teaching : undefined;
  const intakes = openIntakes(new Date(), s.deadlines, s.institution.timeZone);
  const next = intakes[0];
  const courses = s.courses.filter((c) => !filter || c.languages.includes(filter));
  const language = (code: "fr" | "en") => t(`incoming.languageNames.${code}`);

  return (
    <div className="space-y-8">
      <PageHeader title={t("incoming.title")} lead={t("incoming.lead")} actions={<ButtonLink href="/incoming/apply">{t("incoming.applyCta")}</ButtonLink>} />

      <Section id="key-facts" title={t("incoming.keyFacts")}>
        <div className="grid gap-4 md:grid-cols-2 lg:grid-cols-3">
          <Card title={t("incoming.nextDeadline")}>
            {next ? (
              <div data-testid="next-deadline">
                <p className="text-2xl font-bold text-eu-blue">{next.daysLeft === 0 ? t("incoming.lastDay") : t("incoming.daysLeft", { days: next.daysLeft })}</p>
                <ul className="mt-2 space-y-1 text-sm">
                  {intakes.map((intake) => (
                    <li key={`${intake.semester}-${intake.academicYear}`}>
                      {t("incoming.deadlineLine", {
                        semester: t(`incoming.semesters.${intake.semester}`),
                        year: intake.academicYear,
                        date: formatDate(parseIsoDate(intake.deadlineDate)!, locale),
                      })}
                    </li>
                  ))}
                </ul>
              </div>
            ) : (
              <p>{t("incoming.applicationsClosed")}</p>
            )}
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
                <li key={r.language}>{t("incoming.languageLine", { language: language(r.language), minimum: r.minimumLevel, recommended: r.recommendedLevel })}</li>
              ))}
            </ul>
            <p className="mt-2 text-sm">{s.languageRequirements.some((r) => r.certificateRequired) ? t("incoming.certificateRequired") : t("incoming.noCertificate")}</p>
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
        <nav aria-label={t("incoming.filterLanguage")} className="flex flex-wrap items-center gap-2 text-sm">
          <span>{t("incoming.filterLanguage")}</span>
          {([undefined, "fr", "en"] as const).map((code) => (
            <Link
              key={code ?? "all"}
              href={code ? `/incoming?teaching=${code}#courses` : "/incoming#courses"}
              aria-current={filter === code ? "true" : undefined}
              className={`rounded-full border px-3 py-1 ${filter === code ? "border-eu-blue bg-eu-blue text-white" : "border-slate-300 bg-white"}`}
            >
              {code ? language(code) : t("incoming.allLanguages")}
            </Link>
          ))}
        </nav>
        <Table head={[t("incoming.coursesTitle"), t("incoming.teachingLanguage")]}>
          {courses.map((course) => (
            <tr key={course.name.en} data-testid="course">
              <Cell>{course.name[locale]}</Cell>
              <Cell>{course.languages.map(language).join(", ")}</Cell>
            </tr>
          ))}
        </Table>
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
                {s.contacts.coordinatorName} — <a className="text-eu-blue underline" href={`mailto:${s.contacts.coordinatorEmail}`}>{s.contacts.coordinatorEmail}</a>
              </dd>
            </div>
            <div>
              <dt className="font-medium">{t("incoming.incomingEmail")}</dt>
              <dd>
                <a className="text-eu-blue underline" href={`mailto:${s.contacts.incomingEmail}`}>{s.contacts.incomingEmail}</a>
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
  );
}
