import type { Component, ComponentChange, ComponentTable, LearningAgreementContent, Term } from "@/lib/domain/learning-agreement/content";
import { splitFullName } from "@/lib/domain/people";
import { NS, xmlDocument } from "./namespaces";

type Party = "STUDENT" | "SENDING" | "RECEIVING";
type Signature = { party: Party; signerName: string; signerPosition: string; signerEmail: string; signerApp: string; signedAt: Date; contentHash: string };
export type EwpVersion = {
  number: number;
  kind: "FIRST" | "CHANGE";
  state: "DRAFT" | "PROPOSED" | "AGREED" | "REJECTED" | "SUPERSEDED";
  content: LearningAgreementContent;
  changes: ComponentChange[] | null;
  contentHash: string;
  signatures: Signature[];
};

/** What the omobility-las `get` response says of one outgoing mobility's learning agreement. */
export type EwpLearningAgreementInput = {
  omobilityId: string;
  sending: { heiId: string; ounitId: string; ounitName: string };
  receiving: { heiId: string };
  student: { givenNames: string; familyName: string; globalId: string | null; birthDate: Date | null; citizenship: string | null; email: string };
  eqfLevel: number;
  iscedCode: string;
  versions: EwpVersion[];
};

const LISTS: Record<ComponentTable, string> = { studied: "components-studied", recognized: "components-recognized", virtual: "virtual-components" };
/** Our terms in EWP's numbering: the autumn semester is the first of two, the spring the second, a year the only one. */
const TERM_IDS: Record<Term, { number: number; total: number }> = {
  AUTUMN: { number: 1, total: 2 },
  SPRING: { number: 2, total: 2 },
  YEAR: { number: 1, total: 1 },
};

function component(c: Component, table: ComponentTable, change?: { status: "inserted" | "deleted"; reasonCode: string; reasonText: string }) {
  return {
    ...(change ? { "@status": change.status, "@reason-code": change.reasonCode, ...(change.reasonText ? { "@reason-text": change.reasonText } : {}) } : {}),
    ...(c.losCode ? { "los-code": c.losCode } : {}),
    title: c.title,
    "term-id": { "trm:term-number": TERM_IDS[c.term].number, "trm:total-terms": TERM_IDS[c.term].total },
    credit: { scheme: "ects", value: c.credits },
    ...(table === "recognized" && c.recognitionConditions ? { "recognition-conditions": c.recognitionConditions } : {}),
  };
}

function signature(signatures: Signature[], party: Party, contentHash: string) {
  const s = signatures.find((x) => x.party === party && x.contentHash === contentHash);
  return s
    ? {
        "signer-name": s.signerName,
        "signer-position": s.signerPosition,
        "signer-email": s.signerEmail,
        timestamp: s.signedAt.toISOString(),
        "signer-app": s.signerApp,
      }
    : null;
}

type Lists = Partial<Record<string, unknown[]>>;

function listOfComponents(lists: Lists, version: EwpVersion) {
  const receiving = signature(version.signatures, "RECEIVING", version.contentHash);
  return {
    ...Object.fromEntries(Object.values(LISTS).flatMap((name) => (lists[name]?.length ? [[name, { component: lists[name] }]] : []))),
    "student-signature": signature(version.signatures, "STUDENT", version.contentHash),
    "sending-hei-signature": signature(version.signatures, "SENDING", version.contentHash),
    ...(receiving ? { "receiving-hei-signature": receiving } : {}),
  };
}

const wholeTables = (content: LearningAgreementContent): Lists =>
  Object.fromEntries((Object.keys(LISTS) as ComponentTable[]).map((table) => [LISTS[table], content.components[table].map((c) => component(c, table))]));

/** A change version's lines as EWP marks them; a deleted component is described as the agreed version before it had it. */
function changedComponents(changes: ComponentChange[], before: LearningAgreementContent, into: Lists = {}): Lists {
  for (const change of changes) {
    const list = (into[LISTS[change.table]] ??= []);
    if (change.op === "inserted") list.push(component(change.component, change.table, { status: "inserted", ...change }));
    else {
      const deleted = before.components[change.table].find((c) => c.id === change.componentId);
      if (deleted) list.push(component(deleted, change.table, { status: "deleted", ...change }));
    }
  }
  return into;
}

/** A proposal EWP can carry: the student and the sending institution have both signed its exact text. */
const signedByStudentAndSending = (v: EwpVersion) =>
  ["STUDENT", "SENDING"].every((party) => v.signatures.some((s) => s.party === party && s.contentHash === v.contentHash));

/**
 * How the portal's versions read in EWP: the agreed first version, every
 * agreed change since (with the latest change's signatures), and the open
 * proposal once the student and the home institution have signed it — its id
 * is the hash of its text, which is what the receiving institution approves or
 * comments. Null while there is nothing the receiving institution can see.
 */
export function learningAgreementElement(la: EwpLearningAgreementInput) {
  const first = la.versions.find((v) => v.kind === "FIRST" && v.state === "AGREED") ?? null;
  const agreedChanges = la.versions.filter((v) => v.kind === "CHANGE" && v.state === "AGREED");
  const proposal = la.versions.find((v) => v.state === "PROPOSED" && signedByStudentAndSending(v)) ?? null;
  if (!first && !proposal) return null;
  const agreedBefore = (number: number) => la.versions.filter((v) => v.state === "AGREED" && v.number < number).at(-1)?.content;
  const approvedChanges = agreedChanges.reduce<Lists>((lists, v) => changedComponents(v.changes ?? [], agreedBefore(v.number)!, lists), {});
  const content = (proposal ?? agreedChanges.at(-1) ?? first)!.content;
  const contacts = { sending: splitFullName(content.mobility.sendingContact.name), receiving: splitFullName(content.mobility.receivingContact.name) };
  const person = (name: { givenNames: string; familyName: string }, email: string) => ({
    "given-names": name.givenNames,
    "family-name": name.familyName,
    email,
  });
  return {
    "omobility-id": la.omobilityId,
    "sending-hei": {
      "hei-id": la.sending.heiId,
      "ounit-name": la.sending.ounitName,
      "ounit-id": la.sending.ounitId,
      "contact-person": person(contacts.sending, content.mobility.sendingContact.email),
    },
    "receiving-hei": {
      "hei-id": la.receiving.heiId,
      ...(content.mobility.receivingDepartment ? { "ounit-name": content.mobility.receivingDepartment } : {}),
      "contact-person": person(contacts.receiving, content.mobility.receivingContact.email),
    },
    "receiving-academic-year-id": content.mobility.academicYear.replace("-", "/"),
    student: {
      "given-names": la.student.givenNames,
      "family-name": la.student.familyName,
      ...(la.student.globalId ? { "global-id": la.student.globalId } : {}),
      ...(la.student.birthDate ? { "birth-date": la.student.birthDate.toISOString().slice(0, 10) } : {}),
      ...(la.student.citizenship ? { citizenship: la.student.citizenship } : {}),
      email: la.student.email,
    },
    "start-year-month": content.mobility.plannedStartMonth,
    "end-year-month": content.mobility.plannedEndMonth,
    "eqf-level-studied-at-departure": la.eqfLevel,
    "isced-f-code": la.iscedCode,
    "student-language-skill": { language: content.language.code, "cefr-level": content.language.level },
    ...(first ? { "first-version": listOfComponents(wholeTables(first.content), first) } : {}),
    ...(agreedChanges.length > 0 ? { "approved-changes": listOfComponents(approvedChanges, agreedChanges.at(-1)!) } : {}),
    ...(proposal
      ? {
          "changes-proposal": {
            "@id": proposal.contentHash,
            ...listOfComponents(
              proposal.kind === "FIRST" ? wholeTables(proposal.content) : changedComponents(proposal.changes ?? [], agreedBefore(proposal.number)!),
              proposal,
            ),
          },
        }
      : {}),
  };
}

const GET = "https://github.com/erasmus-without-paper/ewp-specs-api-omobility-las/blob/stable-v1/endpoints";

/** OMobility LAs v1 `get`: the agreements the caller may see, in the order asked. */
export function learningAgreementsGetResponseXml(las: Array<NonNullable<ReturnType<typeof learningAgreementElement>>>): string {
  return xmlDocument({ "omobility-las-get-response": { "@xmlns": `${GET}/get-response.xsd`, "@xmlns:trm": NS.termV2, la: las } });
}

/** OMobility LAs v1 `index`: the ids of the agreements the caller may see. */
export function learningAgreementsIndexResponseXml(ids: string[]): string {
  return xmlDocument({ "omobility-las-index-response": { "@xmlns": `${GET}/index-response.xsd`, "omobility-id": ids } });
}

/** OMobility LAs v1 `update`: the receiving institution's answer was recorded. */
export function learningAgreementUpdateResponseXml(message: string): string {
  return xmlDocument({
    "omobility-las-update-response": { "@xmlns": `${GET}/update-response.xsd`, "@xmlns:ewp": NS.common, "ewp:success-user-message": message },
  });
}

export type AcademicYearStats = {
  academicYear: string;
  total: number;
  notModifiedAfterApproval: number;
  modifiedAfterApproval: number;
  latestApproved: number;
  latestRejected: number;
  latestAwaiting: number;
};

/** OMobility LAs v1 `stats`: per academic year, how the outgoing agreements stand. */
export function learningAgreementStatsResponseXml(years: AcademicYearStats[]): string {
  return xmlDocument({
    "las-outgoing-stats-response": {
      "@xmlns": `${GET}/stats-response.xsd`,
      "academic-year-la-stats": years.map((y) => ({
        "receiving-academic-year-id": y.academicYear.replace("-", "/"),
        "la-outgoing-total": y.total,
        "la-outgoing-not-modified-after-approval": y.notModifiedAfterApproval,
        "la-outgoing-modified-after-approval": y.modifiedAfterApproval,
        "la-outgoing-latest-version-approved": y.latestApproved,
        "la-outgoing-latest-version-rejected": y.latestRejected,
        "la-outgoing-latest-version-awaiting": y.latestAwaiting,
      })),
    },
  });
}
