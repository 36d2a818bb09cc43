import { iiaHashes } from "../iia-hash";
import { NS, xmlDocument } from "./namespaces";

const IIAS = "https://github.com/erasmus-without-paper/ewp-specs-api-iias/blob/stable-v7/endpoints";

export type EwpCooperationCondition = {
  direction: "OUTGOING" | "INCOMING";
  iscedCode: string;
  eqfLevels: number[];
  studentsPerYear: number;
  monthsPerStudent: number;
  languageCode: string | null;
  languageLevel: string | null;
  departmentId: string | null;
};

/** An inter-institutional agreement as IIAs v7 carries it: the home institution first, its partner second. */
export type EwpIiaInput = {
  iiaId: string;
  home: { heiId: string };
  partner: { heiId: string; languages: string[] };
  firstAcademicYear: string;
  lastAcademicYear: string;
  status: "DRAFT" | "SIGNED" | "TERMINATED";
  conditions: EwpCooperationCondition[];
};

const year = (academicYear: string) => academicYear.replace("-", "/");

/**
 * One student-studies mobility per condition, sent by the home institution
 * (outgoing) or by the partner (incoming), its monthly total the students a
 * year times their months. A condition without a recommended language carries
 * the partner's first language of instruction marked `not-yet-defined`, as the
 * spec asks: such an agreement is not yet fit for approval.
 */
function mobility(iia: EwpIiaInput, c: EwpCooperationCondition) {
  const [sending, receiving] = c.direction === "OUTGOING" ? [iia.home.heiId, iia.partner.heiId] : [iia.partner.heiId, iia.home.heiId];
  const departmentSide = c.direction === "OUTGOING" ? "sending-ounit-id" : "receiving-ounit-id";
  const ounit = c.departmentId ? { [departmentSide]: c.departmentId } : {};
  return {
    "sending-hei-id": sending,
    ...(departmentSide === "sending-ounit-id" ? ounit : {}),
    "receiving-hei-id": receiving,
    ...(departmentSide === "receiving-ounit-id" ? ounit : {}),
    "receiving-first-academic-year-id": year(iia.firstAcademicYear),
    "receiving-last-academic-year-id": year(iia.lastAcademicYear),
    "mobilities-per-year": c.studentsPerYear,
    "recommended-language-skill": c.languageCode
      ? { language: c.languageCode, ...(c.languageLevel ? { "cefr-level": c.languageLevel } : {}) }
      : { "@not-yet-defined": "true", language: iia.partner.languages[0] ?? "en" },
    "subject-area": { "isced-f-code": c.iscedCode },
    "total-months-per-year": c.studentsPerYear * c.monthsPerStudent,
    blended: false,
    "eqf-level": c.eqfLevels,
  };
}

function iiaElement(iia: EwpIiaInput, hash?: string) {
  return {
    partner: [{ "hei-id": iia.home.heiId, "iia-id": iia.iiaId }, { "hei-id": iia.partner.heiId }],
    "in-effect": iia.status === "SIGNED",
    "cooperation-conditions": {
      ...(iia.status === "TERMINATED" ? { "@terminated-as-a-whole": "true" } : {}),
      "student-studies-mobility-spec": iia.conditions.map((c) => mobility(iia, c)),
    },
    ...(hash ? { "iia-hash": hash } : {}),
  };
}

const response = (iias: unknown[]) =>
  xmlDocument({ "iias-get-response": { "@xmlns": `${IIAS}/get-response.xsd`, "@xmlns:c": NS.contact, "@xmlns:p": NS.phone, iia: iias } });

/** IIAs v7 `get`: each agreement with its `iia-hash`, computed by the port of the spec's XSLT over the agreement as written. */
export function iiasGetResponseXml(iias: EwpIiaInput[]): string {
  return response(iias.map((iia) => iiaElement(iia, iiaHashes(response([iiaElement(iia)]))[0]!.iiaHash)));
}

/** IIAs v7 `index`: the ids of the agreements asked about. */
export function iiasIndexResponseXml(ids: string[]): string {
  return xmlDocument({ "iias-index-response": { "@xmlns": `${IIAS}/index-response.xsd`, "iia-id": ids } });
}
