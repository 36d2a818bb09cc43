import type { TFactSheet } from "@/lib/validation/factsheet";

/**
 * The portal's own JSON of the fact sheet (`GET /api/v1/factsheet`), its
 * names after the EWP factsheet API's but not EWP: partners' systems read
 * the fact sheet in XML from `/ewp/factsheet`. What the EWP factsheet has no
 * element for is under `localExtensions`.
 */
export function factSheetJson(sheet: TFactSheet) {
  const info = (contact: TFactSheet["applicationInfo"]) => ({
    email: contact.email,
    phone: { e164: contact.phone.replace(/[^+\d]/g, "") },
    websiteUrl: [{ lang: "en", value: contact.website }],
  });
  const both = (text: { fr: string; en: string }) => [
    { lang: "en", value: text.en },
    { lang: "fr", value: text.fr },
  ];
  return {
    heiId: sheet.institution.erasmusCode,
    calendar: {
      studentNominations: { autumnTerm: sheet.deadlines.autumn, springTerm: sheet.deadlines.spring },
      studentApplications: { autumnTerm: sheet.deadlines.autumn, springTerm: sheet.deadlines.spring },
    },
    applicationInfo: info(sheet.applicationInfo),
    decisionWeeksLimit: sheet.decisionWeeksLimit,
    torWeeksLimit: null,
    additionalRequirements: sheet.applicationRequirements.map((name) => ({ name, details: null, informationWebsite: [] })),
    housingInfo: info(sheet.housingInfo),
    visaInfo: info(sheet.visaInfo),
    insuranceInfo: info(sheet.insuranceInfo),
    additionalInfo: [
      {
        infoType: "minimum-stay",
        info: { email: sheet.contacts.incomingEmail, websiteUrl: [{ lang: "en", value: sheet.institution.website }] },
        description: both(sheet.minimumStay),
      },
      { infoType: "master-taught-in-english", info: { websiteUrl: [{ lang: "en", value: sheet.master.website }] }, description: both(sheet.master.name) },
    ],
    localExtensions: {
      institutionName: sheet.institution.name,
      postalAddress: sheet.institution.address,
      coordinator: { name: sheet.contacts.coordinatorName, email: sheet.contacts.coordinatorEmail },
      incomingEmail: sheet.contacts.incomingEmail,
      timeZone: sheet.institution.timeZone,
      courses: sheet.courses.map((c) => ({ name: both(c.name), teachingLanguages: c.languages })),
      masterNoFeesForExchangeStudents: sheet.master.noFeesForExchange,
      semesterDates: { autumnTerm: both(sheet.semesters.autumn), springTerm: both(sheet.semesters.spring) },
      languageRequirements: sheet.languageRequirements.map((r) => ({
        language: r.language,
        cefrMinimum: r.minimumLevel,
        cefrRecommended: r.recommendedLevel,
        certificateRequired: r.certificateRequired,
      })),
      frenchLessons: both(sheet.frenchLessons),
      exams: both(sheet.exams),
      resits: both(sheet.resits),
      gradingScale: sheet.gradingScale.map((g) => ({ grade: g.grade, label: both(g.label), passing: g.passing })),
      ectsCreditsPerSemester: sheet.creditsPerSemester,
      accommodation: {
        name: sheet.accommodation.name,
        monthlyCostEur: { min: sheet.accommodation.monthlyCostMin, max: sheet.accommodation.monthlyCostMax },
        websiteUrl: sheet.accommodation.website,
      },
      insurance: sheet.insurance.map((i) => ({ name: both(i.name), description: both(i.description), yearlyCostEur: i.yearlyCostEur })),
    },
  };
}
