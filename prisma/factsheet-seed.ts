import type { TFactSheet } from "../lib/validation/factsheet";

/** shared/seeds/incoming-host-info-imt-mines-ales.txt, as structured data. */
export const IMT_MINES_ALES_FACTSHEET: TFactSheet = {
  institution: {
    name: "IMT Mines Alès",
    erasmusCode: "F ALES02",
    website: "http://www.mines-ales.fr/",
    address: "IMT Mines Alès\nInternational Office - ERASMUS+\n6, avenue de Clavières\n30319 ALES Cedex\nFrance",
    countryCode: "FR",
    timeZone: "Europe/Paris",
  },
  contacts: {
    coordinatorName: "Françoise ANDRE",
    coordinatorEmail: "francoise.andre@mines-ales.fr",
    incomingEmail: "erasmus@mines-ales.fr",
    phone: "+33 4 66 78 20 77",
  },
  applicationInfo: { email: "francoise.andre@mines-ales.fr", phone: "+33 4 66 78 20 77", website: "http://www.mines-ales.fr/" },
  housingInfo: { email: "erasmus@mines-ales.fr", phone: "+33 4 66 78 20 77", website: "http://www.mines-ales.fr/pages/la-maison-des-eleves-ales" },
  visaInfo: { email: "erasmus@mines-ales.fr", phone: "+33 4 66 78 20 77", website: "http://www.mines-ales.fr/" },
  insuranceInfo: { email: "erasmus@mines-ales.fr", phone: "+33 4 66 78 20 77", website: "http://www.mines-ales.fr/" },
  courses: [
    { name: { fr: "Génie civil et bâtiment durable", en: "Civil Engineering and sustainable building" }, languages: ["fr"] },
    { name: { fr: "Ingénierie des matériaux", en: "Material Engineering" }, languages: ["fr"] },
    { name: { fr: "Énergie, environnement et risques", en: "Energy Environment and Risk" }, languages: ["fr", "en"] },
    { name: { fr: "Ressources minérales et travaux souterrains", en: "Mineral resources and underground works" }, languages: ["fr"] },
    { name: { fr: "Intelligence artificielle et génie logiciel", en: "Artificial Intelligence and software engineering" }, languages: ["fr", "en"] },
    { name: { fr: "Mécatronique", en: "Mechatronics" }, languages: ["fr", "en"] },
  ],
  master: {
    name: {
      fr: "Master of Science Disaster Management and Environmental Impact (entièrement en anglais)",
      en: "Master of Science Disaster Management and Environmental Impact (taught totally in English)",
    },
    website: "http://master-disaster-management.com",
    noFeesForExchange: true,
  },
  semesters: {
    autumn: { fr: "De fin août à mi-décembre", en: "End of August – mid-December" },
    spring: { fr: "De début janvier à début mai", en: "Beginning of January – beginning of May" },
  },
  deadlines: { autumn: "--05-31", spring: "--11-30" },
  minimumStay: {
    fr: "Un semestre pour suivre des cours ; variable pour les autres activités académiques.",
    en: "One semester for students wishing to enrol in lessons; varies for other academic activities.",
  },
  applicationRequirements: ["CV"],
  languageRequirements: [
    { language: "fr", minimumLevel: "B1", recommendedLevel: "B2", certificateRequired: false },
    { language: "en", minimumLevel: "B1", recommendedLevel: "B2", certificateRequired: false },
  ],
  frenchLessons: { fr: "Des cours de français ont lieu de septembre à avril.", en: "French language lessons run between September and April." },
  exams: {
    fr: "Les examens varient beaucoup d'un cours à l'autre : écrits, rapports, oraux, ou une combinaison. Ils ont lieu à la fin de chaque module ; il n'y a donc pas de période d'examens.",
    en: "Exams vary greatly from course to course: written exams, reports, oral exams, or a combination. They take place at the end of each module, so there are no specific exam periods.",
  },
  gradingScale: [
    { grade: "A", label: { fr: "Excellent", en: "Excellent" }, passing: true },
    { grade: "B", label: { fr: "Très bien", en: "Very good" }, passing: true },
    { grade: "C", label: { fr: "Bien", en: "Good" }, passing: true },
    { grade: "D", label: { fr: "Satisfaisant", en: "Satisfactory" }, passing: true },
    { grade: "E", label: { fr: "Suffisant", en: "Sufficient" }, passing: true },
    { grade: "F", label: { fr: "Insuffisant : module non validé", en: "Fail: the module is not passed" }, passing: false },
  ],
  resits: {
    fr: "Les étudiants peuvent repasser les examens échoués ; les modalités varient selon les cours.",
    en: "Students can re-sit exams they have failed; arrangements vary from course to course.",
  },
  creditsPerSemester: 30,
  accommodation: { name: "Maison des Élèves", monthlyCostMin: 300, monthlyCostMax: 400, website: "http://www.mines-ales.fr/pages/la-maison-des-eleves-ales" },
  insurance: [
    {
      name: { fr: "Assurance maladie (Sécurité sociale)", en: "Health insurance (Sécurité sociale)" },
      description: {
        fr: "Rembourse une grande partie (60 à 70 %) des frais médicaux. Les étudiants de l'Espace économique européen se munissent de la carte européenne d'assurance maladie ; les autres paient selon leur âge.",
        en: "Reimburses a large part (60–70%) of medical costs. Students from the European Economic Area bring their European Health Insurance Card; others pay depending on their age.",
      },
      yearlyCostEur: null,
    },
    {
      name: { fr: "Responsabilité civile", en: "Public liability insurance" },
      description: {
        fr: "Couvre les dommages causés à autrui, par exemple lors d'un accident.",
        en: "Covers harm the student causes to others, for example in an accident.",
      },
      yearlyCostEur: 18,
    },
    {
      name: { fr: "Complémentaire santé", en: "Complementary health insurance" },
      description: {
        fr: "Vivement conseillée pour compléter la Sécurité sociale (jusqu'à presque 100 % des frais médicaux).",
        en: "Strongly advised to complement the Sécurité sociale (up to almost 100% of medical costs).",
      },
      yearlyCostEur: 300,
    },
  ],
  decisionWeeksLimit: 5,
  torWeeksLimit: 5,
};
