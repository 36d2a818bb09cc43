import { DOMParser } from "@xmldom/xmldom";
import { childElement as child, childElements as all, childText as text } from "./dom";

/** What the destination catalogue shows of a partner's EWP fact sheet. */
export type PartnerFactsheetContent = {
  applications: { autumn: string; spring: string };
  nominations: { autumn: string; spring: string };
  decisionWeeks: number;
  torWeeks: number;
  applicationEmail: string;
  applicationWebsite: string;
  requirements: Array<{ name: string; details: string }>;
  housingWebsite: string | null;
  visaWebsite: string | null;
  insuranceWebsite: string | null;
};

/** Only http(s) addresses are ever made links. */
const web = (value: string) => (/^https?:\/\//i.test(value) ? value : null);

/** Reads the first `factsheet` of a Factsheet API answer (already checked against its schema by the caller); null when there is none. */
export function readFactsheet(xml: string): PartnerFactsheetContent | null {
  const root = new DOMParser().parseFromString(xml, "text/xml").documentElement!;
  const sheet = child(root, "factsheet");
  if (!sheet) return null;
  const calendar = child(sheet, "calendar");
  const term = (name: string) => ({ autumn: text(child(calendar, name), "autumn-term"), spring: text(child(calendar, name), "spring-term") });
  const info = child(sheet, "application-info");
  return {
    applications: term("student-applications"),
    nominations: term("student-nominations"),
    decisionWeeks: Number(text(sheet, "decision-weeks-limit")),
    torWeeks: Number(text(sheet, "tor-weeks-limit")),
    applicationEmail: text(info, "email"),
    applicationWebsite: web(text(info, "website-url")) ?? "",
    requirements: all(sheet, "additional-requirement").map((r) => ({ name: text(r, "name"), details: text(r, "details") })),
    housingWebsite: web(text(child(sheet, "housing-info"), "website-url")),
    visaWebsite: web(text(child(sheet, "visa-info"), "website-url")),
    insuranceWebsite: web(text(child(sheet, "insurance-info"), "website-url")),
  };
}
