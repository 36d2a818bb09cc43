import type { TFactSheet } from "@/lib/validation/factsheet";
import { NS, phoneNumber, xmlDocument } from "./namespaces";

type Contact = TFactSheet["applicationInfo"];

const information = (email: string, phone: string, website: string) => ({ email, "p:phone-number": phoneNumber(phone), "website-url": website });
const entry = (contact: Contact) => information(contact.email, contact.phone, contact.website);

/** What a requirement means here, in English (the factsheet API has one `details` text). */
function requirementDetails(sheet: TFactSheet, name: TFactSheet["applicationRequirements"][number]): string {
  if (name !== "Language certificate") return "Uploaded with the application on the host's portal.";
  return sheet.languageRequirements
    .map(
      (r) =>
        `${r.language === "fr" ? "French" : "English"} ${r.minimumLevel} at least (${r.recommendedLevel} recommended)${r.certificateRequired ? ", with a certificate" : ""}`,
    )
    .join("; ");
}

/**
 * Factsheet v1: the host school's fact sheet as the EWP schema has it. What the
 * schema has no element for (courses, grading scale, accommodation costs) stays
 * on the information page, which `mobility-factsheet-url` points to.
 */
export function factsheetResponseXml(sheet: TFactSheet | null, heiId: string, informationPage: string): string {
  const incoming = (website: string) => information(sheet!.contacts.incomingEmail, sheet!.contacts.phone, website);
  return xmlDocument({
    "factsheet-response": {
      "@xmlns": NS.factsheet,
      "@xmlns:p": NS.phone,
      factsheet: sheet
        ? [
            {
              "hei-id": heiId,
              calendar: {
                "student-nominations": { "autumn-term": sheet.deadlines.autumn, "spring-term": sheet.deadlines.spring },
                "student-applications": { "autumn-term": sheet.deadlines.autumn, "spring-term": sheet.deadlines.spring },
              },
              "application-info": entry(sheet.applicationInfo),
              "additional-requirement": sheet.applicationRequirements.map((name) => ({
                name,
                details: requirementDetails(sheet, name),
                "information-website": informationPage,
              })),
              "decision-weeks-limit": sheet.decisionWeeksLimit,
              "tor-weeks-limit": sheet.torWeeksLimit,
              "housing-info": entry(sheet.housingInfo),
              "visa-info": entry(sheet.visaInfo),
              "insurance-info": entry(sheet.insuranceInfo),
              "additional-info": [
                { type: "Minimum stay", info: incoming(informationPage) },
                { type: "Master's programme taught in English", info: incoming(sheet.master.website) },
              ],
            },
          ]
        : [],
    },
  });
}
