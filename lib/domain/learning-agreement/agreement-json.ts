import type { Component, ComponentChange, LearningAgreementContent } from "./content";

type Signature = { party: string; signerName: string; signerPosition: string; signerEmail: string; signerApp: string; signedAt: Date; contentHash: string };
type Version = {
  number: number;
  kind: "FIRST" | "CHANGE";
  state: string;
  content: LearningAgreementContent;
  changes: ComponentChange[] | null;
  contentHash: string;
  signatures: Signature[];
  rejections: Array<{ party: string; authorName: string; comment: string; createdAt: Date }>;
};

function component(c: Component) {
  return {
    losCode: c.losCode,
    title: c.title,
    term: c.term,
    credit: { scheme: "ects", value: c.credits },
    ...(c.recognitionConditions ? { recognitionConditions: c.recognitionConditions } : {}),
  };
}

function signature(party: string, signatures: Signature[]) {
  const s = signatures.find((x) => x.party === party);
  return s
    ? {
        signerName: s.signerName,
        signerPosition: s.signerPosition,
        signerEmail: s.signerEmail,
        timestamp: s.signedAt.toISOString(),
        signerApp: s.signerApp,
        signedHash: s.contentHash,
      }
    : null;
}

function versionBody(v: Version) {
  return {
    number: v.number,
    state: v.state,
    contentHash: v.contentHash,
    componentsStudied: v.content.components.studied.map(component),
    componentsRecognized: v.content.components.recognized.map(component),
    virtualComponents: v.content.components.virtual.map(component),
    studentSignature: signature("STUDENT", v.signatures),
    sendingHeiSignature: signature("SENDING", v.signatures),
    receivingHeiSignature: signature("RECEIVING", v.signatures),
    comments: v.rejections.map((r) => ({ party: r.party, authorName: r.authorName, comment: r.comment, timestamp: r.createdAt.toISOString() })),
  };
}

/**
 * The portal's own JSON of an agreement (`GET /api/v1/learning-agreements/:id`),
 * its names after EWP omobility-las but not EWP (partners' systems read the
 * XML of `/ewp/omobility-las/get`), with camelCase names: `firstVersion`, `approvedChanges` (the latest agreed
 * version), and an open `changesProposal` whose id is its content hash.
 */
export function learningAgreementJson(agreement: {
  id: string;
  student: { name: string; email: string };
  sendingInstitution: string;
  receivingInstitution: string;
  versions: Version[];
}) {
  const agreedOrFirst = agreement.versions.filter((v) => v.kind === "FIRST" && (v.state === "AGREED" || v.state === "PROPOSED"));
  const firstVersion = agreedOrFirst.find((v) => v.state === "AGREED") ?? agreedOrFirst.at(-1) ?? null;
  const approvedChanges = agreement.versions.filter((v) => v.kind === "CHANGE" && v.state === "AGREED").at(-1) ?? null;
  const proposal = agreement.versions.find((v) => v.kind === "CHANGE" && v.state === "PROPOSED") ?? null;
  const content = (approvedChanges ?? firstVersion)?.content ?? agreement.versions.at(-1)?.content;
  return {
    omobilityId: agreement.id,
    student: { fullName: agreement.student.name, email: agreement.student.email },
    sendingHei: { name: agreement.sendingInstitution, contactPerson: content?.mobility.sendingContact ?? null },
    receivingHei: {
      name: agreement.receivingInstitution,
      department: content?.mobility.receivingDepartment ?? null,
      contactPerson: content?.mobility.receivingContact ?? null,
    },
    receivingAcademicYearId: content?.mobility.academicYear ?? null,
    startYearMonth: content?.mobility.plannedStartMonth ?? null,
    endYearMonth: content?.mobility.plannedEndMonth ?? null,
    studentLanguageSkill: content ? { language: content.language.code, cefrLevel: content.language.level } : null,
    firstVersion: firstVersion ? versionBody(firstVersion) : null,
    approvedChanges: approvedChanges ? versionBody(approvedChanges) : null,
    changesProposal: proposal
      ? {
          id: proposal.contentHash,
          ...versionBody(proposal),
          changes: (proposal.changes ?? []).map((c) =>
            c.op === "deleted"
              ? { type: "deleted", table: c.table, componentId: c.componentId, reasonCode: c.reasonCode, reasonText: c.reasonText }
              : { type: "inserted", table: c.table, component: component(c.component), reasonCode: c.reasonCode, reasonText: c.reasonText },
          ),
        }
      : null,
    versions: agreement.versions.map(versionBody),
  };
}
