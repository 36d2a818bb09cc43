import type { Role } from "../lib/server/db/generated/enums";

export const DEMO_PASSWORD = "erasmus-demo";

/**
 * The demo portal serves the seed's host school: its fact sheet is its own
 * incoming page, its departments are the tracks the fact sheet lists, and
 * its outgoing students follow the French outgoing rules of the other seed.
 */
export const HOME_INSTITUTION = {
  name: "IMT Mines Alès",
  erasmusCode: "F ALES02",
  schacCode: "mines-ales.fr",
  website: "https://www.imt-mines-ales.fr",
  countryCode: "FR",
  city: "Alès",
};

/** The demo coordinator's department, which the end-to-end tests apply in. */
export const COMPUTING_DEPARTMENT = "Intelligence artificielle et génie logiciel";

// One department per track of the fact sheet, each with its engineering degree (EQF 7).
export const DEPARTMENTS = [
  {
    name: COMPUTING_DEPARTMENT,
    programmes: [
      { name: "Ingénieur Intelligence artificielle et génie logiciel", eqfLevel: 7, iscedCode: "0613" },
      { name: "Bachelor Informatique", eqfLevel: 6, iscedCode: "0613" },
    ],
  },
  { name: "Génie civil et bâtiment durable", programmes: [{ name: "Ingénieur Génie civil et bâtiment durable", eqfLevel: 7, iscedCode: "0732" }] },
  { name: "Ingénierie des matériaux", programmes: [{ name: "Ingénieur Ingénierie des matériaux", eqfLevel: 7, iscedCode: "0722" }] },
  {
    name: "Énergie, environnement et risques",
    programmes: [
      { name: "Ingénieur Énergie, environnement et risques", eqfLevel: 7, iscedCode: "0712" },
      { name: "MSc Disaster Management and Environmental Impact", eqfLevel: 7, iscedCode: "0712" },
    ],
  },
  {
    name: "Ressources minérales et travaux souterrains",
    programmes: [{ name: "Ingénieur Ressources minérales et travaux souterrains", eqfLevel: 7, iscedCode: "0724" }],
  },
  { name: "Mécatronique", programmes: [{ name: "Ingénieur Mécatronique", eqfLevel: 7, iscedCode: "0714" }] },
] as const;

// Contacts have demo addresses only: the demo never writes to a real partner.
export const PARTNER_INSTITUTIONS = [
  {
    name: "Université de Lorraine",
    erasmusCode: "F NANCY43",
    countryCode: "FR",
    city: "Nancy",
    languagesOfInstruction: ["fr"],
    website: "https://www.univ-lorraine.fr",
    schacCode: "univ-lorraine.fr",
    contacts: [{ name: "Erasmus+ office", email: "erasmus@univ-lorraine.demo.erasmus.test", role: "INSTITUTIONAL_COORDINATOR" }],
  },
  {
    name: "Uppsala universitet",
    erasmusCode: "S UPPSALA01",
    countryCode: "SE",
    city: "Uppsala",
    languagesOfInstruction: ["sv", "en"],
    website: "https://www.uu.se",
    schacCode: "uu.se",
    contacts: [{ name: "Anna Lindqvist", email: "host@demo.erasmus.test", role: "INSTITUTIONAL_COORDINATOR" }],
  },
  {
    name: "Aalto-yliopisto",
    erasmusCode: "SF ESPOO12",
    countryCode: "FI",
    city: "Espoo",
    languagesOfInstruction: ["fi", "en"],
    website: "https://www.aalto.fi",
    schacCode: "aalto.fi",
    contacts: [{ name: "Erasmus+ office", email: "erasmus@aalto.demo.erasmus.test", role: "INSTITUTIONAL_COORDINATOR" }],
  },
  {
    name: "Université du Luxembourg",
    erasmusCode: "LUX-LUX01",
    countryCode: "LU",
    city: "Esch-sur-Alzette",
    languagesOfInstruction: ["fr", "de", "en"],
    website: "https://www.uni.lu",
    schacCode: "uni.lu",
    contacts: [{ name: "Erasmus+ office", email: "erasmus@uni.demo.erasmus.test", role: "INSTITUTIONAL_COORDINATOR" }],
  },
  {
    name: "Universidad de Granada",
    erasmusCode: "E GRANADA01",
    countryCode: "ES",
    city: "Granada",
    languagesOfInstruction: ["es"],
    website: "https://www.ugr.es",
    schacCode: "ugr.es",
    contacts: [{ name: "Erasmus+ office", email: "erasmus@ugr.demo.erasmus.test", role: "INSTITUTIONAL_COORDINATOR" }],
  },
  {
    name: "Technische Universität München",
    erasmusCode: "D MUNCHEN02",
    countryCode: "DE",
    city: "München",
    languagesOfInstruction: ["de", "en"],
    website: "https://www.tum.de",
    schacCode: "tum.de",
    contacts: [{ name: "Erasmus+ office", email: "erasmus@tum.demo.erasmus.test", role: "INSTITUTIONAL_COORDINATOR" }],
  },
  {
    name: "Politecnico di Milano",
    erasmusCode: "I MILANO02",
    countryCode: "IT",
    city: "Milano",
    languagesOfInstruction: ["it", "en"],
    website: "https://www.polimi.it",
    schacCode: "polimi.it",
    contacts: [{ name: "Erasmus+ office", email: "erasmus@polimi.demo.erasmus.test", role: "INSTITUTIONAL_COORDINATOR" }],
  },
  {
    name: "Uniwersytet Jagielloński",
    erasmusCode: "PL KRAKOW01",
    countryCode: "PL",
    city: "Kraków",
    languagesOfInstruction: ["pl", "en"],
    website: "https://www.uj.edu.pl",
    schacCode: "uj.edu.pl",
    contacts: [{ name: "Erasmus+ office", email: "erasmus@uj.demo.erasmus.test", role: "INSTITUTIONAL_COORDINATOR" }],
  },
  {
    name: "Trinity College Dublin",
    erasmusCode: "IRLDUBLIN01",
    countryCode: "IE",
    city: "Dublin",
    languagesOfInstruction: ["en"],
    website: "https://www.tcd.ie",
    schacCode: "tcd.ie",
    contacts: [{ name: "Erasmus+ office", email: "erasmus@tcd.demo.erasmus.test", role: "INSTITUTIONAL_COORDINATOR" }],
  },
] as const;

type DemoAccount = {
  email: string;
  name: string;
  role: Role;
  studentNumber?: string;
  department?: string;
  partnerErasmusCode?: string;
};

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: "student@demo.erasmus.test", name: "Camille Martin", role: "STUDENT", studentNumber: "31900001" },
  { email: "coordinator@demo.erasmus.test", name: "Jean Dupont", role: "DEPARTMENTAL_COORDINATOR", department: COMPUTING_DEPARTMENT },
  { email: "international@demo.erasmus.test", name: "Sophie Bernard", role: "INTERNATIONAL_OFFICE" },
  { email: "commission@demo.erasmus.test", name: "Luc Moreau", role: "GRANT_COMMISSION" },
  { email: "host@demo.erasmus.test", name: "Anna Lindqvist", role: "HOST_COORDINATOR", partnerErasmusCode: "S UPPSALA01" },
  { email: "admin@demo.erasmus.test", name: "Admin Portail", role: "ADMINISTRATOR" },
];

/** What each partner's demo agreement covers besides computer science (ISCED-F 0613, bachelor and master). */
export const EXTRA_AGREED_SUBJECTS: Record<string, Array<{ iscedCode: string; eqfLevels: number[] }>> = {
  "F NANCY43": [{ iscedCode: "0732", eqfLevels: [7] }],
  "D MUNCHEN02": [
    { iscedCode: "0732", eqfLevels: [7] },
    { iscedCode: "0714", eqfLevels: [7] },
  ],
  "I MILANO02": [{ iscedCode: "0732", eqfLevels: [7] }],
  "E GRANADA01": [{ iscedCode: "0712", eqfLevels: [7] }],
  "SF ESPOO12": [{ iscedCode: "0722", eqfLevels: [7] }],
  "PL KRAKOW01": [{ iscedCode: "0724", eqfLevels: [7] }],
};
