import { xmlDocument } from "./namespaces";

const OMOBILITIES = "https://github.com/erasmus-without-paper/ewp-specs-api-omobilities/blob/stable-v2/endpoints";

/** Where an application stands, in EWP's words: nominated, abroad, recognised, or cancelled. */
export type EwpMobilityStatus = "nomination" | "live" | "recognized" | "cancelled";

/** A nominated student's outgoing mobility, as OMobilities v2 carries it. */
export type EwpOutgoingMobility = {
  omobilityId: string;
  sending: { heiId: string; ounitId: string | null };
  receiving: { heiId: string };
  /** "2027/2028-1/2" (the autumn semester), "2027/2028-2/2" (spring), "2027/2028-1/1" (the year). */
  termId: string;
  academicYear: string;
  student: { givenNames: string; familyName: string; globalId: string; birthDate: Date | null; citizenship: string | null; email: string };
  status: EwpMobilityStatus;
  plannedArrival: Date | null;
  plannedDeparture: Date | null;
  eqfLevel: number | null;
  iscedCode: string | null;
};

const day = (date: Date) => date.toISOString().slice(0, 10);

function studentMobility(m: EwpOutgoingMobility) {
  return {
    "omobility-id": m.omobilityId,
    "sending-hei": { "hei-id": m.sending.heiId, ...(m.sending.ounitId ? { "ounit-id": m.sending.ounitId } : {}) },
    "receiving-hei": { "hei-id": m.receiving.heiId },
    "sending-academic-term-ewp-id": m.termId,
    "receiving-academic-year-id": m.academicYear,
    student: {
      "given-names": m.student.givenNames,
      "family-name": m.student.familyName,
      "global-id": m.student.globalId,
      ...(m.student.birthDate ? { "birth-date": day(m.student.birthDate) } : {}),
      ...(m.student.citizenship ? { citizenship: m.student.citizenship } : {}),
      email: m.student.email,
    },
    status: m.status,
    "activity-type": "student-studies",
    "activity-attributes": "long-term",
    ...(m.plannedArrival ? { "planned-arrival-date": day(m.plannedArrival) } : {}),
    ...(m.plannedDeparture ? { "planned-departure-date": day(m.plannedDeparture) } : {}),
    ...(m.eqfLevel ? { "eqf-level-studied-at-nomination": m.eqfLevel } : {}),
    ...(m.iscedCode ? { "nominee-isced-f-code": m.iscedCode } : {}),
  };
}

/** OMobilities v2 `get`. */
export function omobilitiesGetResponseXml(mobilities: EwpOutgoingMobility[]): string {
  return xmlDocument({
    "omobilities-get-response": { "@xmlns": `${OMOBILITIES}/get-response.xsd`, "student-mobility": mobilities.map(studentMobility) },
  });
}

/** OMobilities v2 `index`. */
export function omobilitiesIndexResponseXml(ids: string[]): string {
  return xmlDocument({ "omobilities-index-response": { "@xmlns": `${OMOBILITIES}/index-response.xsd`, "omobility-id": ids } });
}
