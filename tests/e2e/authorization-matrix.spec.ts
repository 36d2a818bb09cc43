import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { createDatabaseClient } from "@/lib/server/db/create-client";
import { DEMO_PASSWORD } from "../../prisma/seed-data";
import { ACTION_ACCESS_MATRIX, ROUTE_ACCESS } from "../support/endpoints";
import { agreementContent } from "../support/learning-agreement-content";
import { DEMO, uniqueStudent } from "./support/accounts";
import { PDF_FILE } from "./support/files";
import { callAction, httpCaller, type ActionOutcome } from "./support/http-callers";

/**
 * Every route handler and server action, called over HTTP by each kind of
 * caller against the records of a student who is none of them: enrolled in
 * a programme of another department, going to another partner, with their
 * own learning agreement. Only the cells listed as allowed may get past the
 * access checks; the owner is the control that the calls themselves work.
 */

const CALLERS = [
  "anonymous",
  "owner",
  "STUDENT",
  "DEPARTMENTAL_COORDINATOR",
  "HOST_COORDINATOR",
  "INTERNATIONAL_OFFICE",
  "GRANT_COMMISSION",
  "ADMINISTRATOR",
] as const;
type Caller = (typeof CALLERS)[number];

const DEMO_EMAIL: Record<Exclude<Caller, "anonymous" | "owner">, string> = {
  STUDENT: DEMO.student,
  DEPARTMENTAL_COORDINATOR: DEMO.coordinator,
  HOST_COORDINATOR: DEMO.host,
  INTERNATIONAL_OFFICE: DEMO.internationalOffice,
  GRANT_COMMISSION: DEMO.commission,
  ADMINISTRATOR: DEMO.admin,
};

type Records = {
  roundId: string;
  emptyRoundId: string;
  applicationId: string;
  fileId: string;
  agreementId: string;
  versionId: string;
  invitationId: string;
  incomingId: string;
  factSheetId: string;
  interInstitutionalAgreementId: string;
  incomingAgreementId: string;
};

const ALL: readonly Caller[] = CALLERS;
const STUDENTS: readonly Caller[] = ["owner", "STUDENT"];
/** Who may read this application: its student, the office, the administrator, and the commission (it is selected). */
const READERS: readonly Caller[] = ["owner", "INTERNATIONAL_OFFICE", "ADMINISTRATOR", "GRANT_COMMISSION"];
/** Who may read its learning agreement: the parties and their coordinators, here the student and the office, and the administrator. */
const AGREEMENT_READERS: readonly Caller[] = ["owner", "INTERNATIONAL_OFFICE", "ADMINISTRATOR"];
/** Who may review it and sign for the home institution: not the other department's coordinator, so only the office. */
const REVIEWERS: readonly Caller[] = ["INTERNATIONAL_OFFICE"];
const STALE = 999_999;
const UNSEEN = "b".repeat(64);

/** `perItem`: the action answers for each record of a batch, and the first record's answer is the cell's. */
type ActionCall = { input: (r: Records) => unknown; allowed: readonly Caller[]; perItem?: true };
type RouteCall = { request: (r: Records) => { path: string; body?: Buffer }; allowed: readonly Caller[] };

// Inputs are valid but stale where the action would change something, so an
// allowed caller is stopped by a business rule after the access check.
const ACTIONS: Record<string, ActionCall> = {
  signUp: { input: () => ({}), allowed: ALL },
  switchLocale: { input: () => ({}), allowed: ALL },
  startApplicationAction: { input: (r) => ({ roundId: r.roundId }), allowed: STUDENTS },
  saveDraftAction: { input: (r) => ({ applicationId: r.applicationId, version: STALE, step: "personal", values: {}, advance: false }), allowed: ["owner"] },
  submitApplicationAction: { input: (r) => ({ applicationId: r.applicationId, version: STALE }), allowed: ["owner"] },
  saveBankDetailsAction: {
    input: (r) => ({ applicationId: r.applicationId, holderName: "Mallory", iban: "FR7630006000011234567890189", bic: "AGRIFRPP" }),
    allowed: ["owner"],
  },
  saveRoundSettings: { input: () => ({}), allowed: ["ADMINISTRATOR"] },
  reviewPieceAction: { input: (r) => ({ applicationId: r.applicationId, version: STALE, kind: "MOTIVATION_LETTER", decision: "accept" }), allowed: REVIEWERS },
  decideAction: { input: (r) => ({ applicationId: r.applicationId, version: STALE, to: "NOT_SELECTED", reason: "x" }), allowed: REVIEWERS },
  bulkDecideAction: {
    input: (r) => ({ applications: [{ id: r.applicationId, version: STALE }], to: "NOT_SELECTED", reason: "x" }),
    allowed: REVIEWERS,
    perItem: true,
  },
  // Internal notes are the home reviewers' own: not the host, not the grant commission.
  addNoteAction: { input: (r) => ({ applicationId: r.applicationId, body: "Checked by the matrix." }), allowed: REVIEWERS },
  decideIncomingAction: { input: (r) => ({ applicationId: r.incomingId, version: STALE, decision: "DECLINED" }), allowed: ["INTERNATIONAL_OFFICE"] },
  saveFactSheetAction: { input: (r) => ({ id: r.factSheetId }), allowed: ["INTERNATIONAL_OFFICE"] },
  savePartnerAction: { input: () => ({ name: "" }), allowed: ["INTERNATIONAL_OFFICE"] },
  saveRoundAction: { input: () => ({ name: "" }), allowed: ["INTERNATIONAL_OFFICE"] },
  copyRoundAction: { input: () => ({ roundId: "" }), allowed: ["INTERNATIONAL_OFFICE"] },
  deleteRoundAction: { input: () => ({ roundId: "" }), allowed: ["INTERNATIONAL_OFFICE"] },
  saveRoundDestinationsAction: { input: () => ({ roundId: "" }), allowed: ["INTERNATIONAL_OFFICE"] },
  inviteStaffAction: { input: () => ({ name: "" }), allowed: ["ADMINISTRATOR"] },
  saveHomeInstitutionAction: { input: () => ({ name: "" }), allowed: ["ADMINISTRATOR"] },
  saveDepartmentAction: { input: () => ({ name: "" }), allowed: ["ADMINISTRATOR"] },
  saveProgrammeAction: { input: () => ({ name: "" }), allowed: ["ADMINISTRATOR"] },
  revokeStaffInvitationAction: { input: () => ({ invitationId: "" }), allowed: ["ADMINISTRATOR"] },
  updateStaffAction: { input: () => ({ userId: "none" }), allowed: ["ADMINISTRATOR"] },
  acceptStaffInvitationAction: { input: () => ({}), allowed: ALL },
  confirmSignUpAction: { input: () => ({}), allowed: ALL },
  saveAgreementAction: { input: () => ({ partnerInstitutionId: "" }), allowed: ["INTERNATIONAL_OFFICE"] },
  importPartnersAction: { input: () => ({ csv: "erasmus_code" }), allowed: ["INTERNATIONAL_OFFICE"] },
  saveSelectionSettingsAction: { input: () => ({ roundId: "" }), allowed: ["INTERNATIONAL_OFFICE"] },
  markCandidateAction: {
    input: (r) => ({ applicationId: r.applicationId, motivationMark: "", previousErasmusStay: false }),
    allowed: ["INTERNATIONAL_OFFICE"],
  },
  adjustRankAction: { input: () => ({ roundId: "" }), allowed: ["INTERNATIONAL_OFFICE"] },
  moveInProposalAction: { input: () => ({ roundId: "" }), allowed: ["INTERNATIONAL_OFFICE"] },
  confirmAllocationAction: { input: (r) => ({ roundId: r.emptyRoundId }), allowed: ["INTERNATIONAL_OFFICE"] },
  publishAmendmentAction: { input: (r) => ({ roundId: r.emptyRoundId }), allowed: ["GRANT_COMMISSION"] },
  openComplementaryRoundAction: { input: (r) => ({ roundId: r.emptyRoundId }), allowed: ["INTERNATIONAL_OFFICE"] },
  nominateAction: { input: (r) => ({ roundId: r.emptyRoundId }), allowed: ["INTERNATIONAL_OFFICE"] },
  answerPlaceAction: { input: (r) => ({ applicationId: r.applicationId, accept: true }), allowed: ["owner"] },
  signOutDestinationAction: { input: () => ({}), allowed: ALL },
  saveAgreementDraftAction: {
    input: (r) => ({ applicationId: r.applicationId, revision: STALE, content: agreementContent("host@partner.test") }),
    allowed: ["owner"],
  },
  proposeAgreementAction: { input: (r) => ({ applicationId: r.applicationId, versionId: r.versionId, revision: STALE }), allowed: ["owner"] },
  proposeChangesAction: {
    input: (r) => ({
      applicationId: r.applicationId,
      changes: [{ op: "deleted", table: "studied", componentId: "a", reasonCode: "timetable-conflict", reasonText: "" }],
    }),
    allowed: ["owner"],
  },
  signAsSendingAction: { input: (r) => ({ versionId: r.versionId, seenHash: UNSEEN }), allowed: REVIEWERS },
  approveAsOfficeAction: { input: (r) => ({ versionId: r.versionId, seenHash: UNSEEN }), allowed: ["INTERNATIONAL_OFFICE"] },
  rejectAsSendingAction: { input: (r) => ({ versionId: r.versionId, seenHash: UNSEEN, comment: "x" }), allowed: REVIEWERS },
  reinviteHostAction: { input: (r) => ({ versionId: r.versionId, hostRecipient: "contact:unknown" }), allowed: REVIEWERS },
  revokeInvitationAction: { input: (r) => ({ invitationId: r.invitationId }), allowed: REVIEWERS },
  signAsHostAction: { input: () => ({}), allowed: ALL },
  rejectAsHostAction: { input: () => ({}), allowed: ALL },
  // Without a link, only a host coordinator of the student's host answers: this student goes to another partner.
  confirmAttendanceAction: {
    input: (r) => ({ token: "", applicationId: r.applicationId, firstDay: "2027-09-01", lastDay: "2028-01-31", signerName: "Mallory" }),
    allowed: [],
  },
  enterTranscriptAction: {
    input: (r) => ({
      token: "",
      applicationId: r.applicationId,
      signerName: "Mallory",
      entries: [{ componentId: "", losCode: "X1", title: "Forged", grade: "A", creditsObtained: 30, passed: true }],
    }),
    allowed: [],
  },
  transcribeTranscriptAction: {
    input: (r) => ({
      token: "",
      applicationId: r.applicationId,
      signerName: "Mallory",
      entries: [{ componentId: "", losCode: "X1", title: "Forged", grade: "A", creditsObtained: 30, passed: true }],
    }),
    allowed: REVIEWERS,
  },
  askHostAction: { input: (r) => ({ applicationId: r.applicationId, request: "ATTENDANCE", hostRecipient: "contact:unknown" }), allowed: REVIEWERS },
  recordAttendanceFromScanAction: { input: (r) => ({ applicationId: r.applicationId, firstDay: "2027-09-01", lastDay: "2028-01-31" }), allowed: REVIEWERS },
  recordLongerStayAmendmentAction: { input: (r) => ({ applicationId: r.applicationId }), allowed: REVIEWERS },
  recordRecognitionAction: {
    input: (r) => ({
      applicationId: r.applicationId,
      entries: [{ componentId: "b", creditsRecognised: 30, homeGrade: "20", foreignGrade: "A", method: "manual", reason: "Matrix" }],
      shortfallReason: "",
    }),
    allowed: REVIEWERS,
  },
  saveGradingTableAction: { input: () => ({ owner: "home", eqfLevel: 7, iscedCode: "0613", grades: "" }), allowed: ["INTERNATIONAL_OFFICE"] },
  answerIncomingAgreementAction: {
    input: (r) => ({ id: r.incomingAgreementId, version: STALE, proposalId: UNSEEN, answer: "APPROVE", signerPosition: "Coordinator", comment: "" }),
    allowed: ["INTERNATIONAL_OFFICE"],
  },
  saveGrantSettingsAction: { input: (r) => ({ roundId: r.emptyRoundId }), allowed: ["GRANT_COMMISSION"] },
  importGradesAction: { input: (r) => ({ roundId: r.emptyRoundId, csv: "not,a,grade,file" }), allowed: ["GRANT_COMMISSION"] },
  setCriteriaAction: {
    input: (r) => ({ applicationId: r.applicationId, gradeAverage: 14, linguisticOverride: "auto", fewerOpportunities: false }),
    allowed: ["GRANT_COMMISSION"],
  },
  publishGrantsAction: { input: (r) => ({ roundId: r.emptyRoundId }), allowed: ["GRANT_COMMISSION"] },
  deleteAgreementAction: { input: (r) => ({ applicationId: r.applicationId }), allowed: ["owner"] },
  acceptForceMajeureAction: { input: (r) => ({ applicationId: r.applicationId }), allowed: ["INTERNATIONAL_OFFICE"] },
  withdrawAction: {
    input: (r) => ({ applicationId: r.applicationId, reason: "Matrix", returnDate: "", forceMajeure: true }),
    allowed: ["owner", "INTERNATIONAL_OFFICE"],
  },
};

const ROUTES: Record<string, RouteCall> = {
  "GET /api/auth/[...nextauth]": { request: () => ({ path: "/api/auth/providers" }), allowed: ALL },
  "POST /api/auth/[...nextauth]": { request: () => ({ path: "/api/auth/signout", body: Buffer.from("") }), allowed: ALL },
  "GET /api/health": { request: () => ({ path: "/api/health" }), allowed: ALL },
  "POST /api/v1/eligibility": { request: () => ({ path: "/api/v1/eligibility", body: Buffer.from("{}") }), allowed: ALL },
  "POST /api/v1/grants/calculate": { request: () => ({ path: "/api/v1/grants/calculate", body: Buffer.from("{}") }), allowed: ALL },
  "POST /api/v1/grade-conversion": { request: () => ({ path: "/api/v1/grade-conversion", body: Buffer.from("{}") }), allowed: ALL },
  "GET /api/v1/factsheet": { request: () => ({ path: "/api/v1/factsheet" }), allowed: ALL },
  // Erasmus Without Paper: a session opens none of them (the portal under test is no EWP node, so each answers 404);
  // the HTTP signatures that do are tested in tests/integration/ewp.test.ts.
  "GET /ewp/manifest.xml": { request: () => ({ path: "/ewp/manifest.xml" }), allowed: [] },
  "GET /ewp/echo": { request: () => ({ path: "/ewp/echo?hei_id=mines-ales.fr" }), allowed: [] },
  "POST /ewp/echo": { request: () => ({ path: "/ewp/echo", body: Buffer.from("hei_id=mines-ales.fr") }), allowed: [] },
  "GET /ewp/institutions": { request: () => ({ path: "/ewp/institutions?hei_id=mines-ales.fr" }), allowed: [] },
  "POST /ewp/institutions": { request: () => ({ path: "/ewp/institutions", body: Buffer.from("hei_id=mines-ales.fr") }), allowed: [] },
  "GET /ewp/ounits": { request: () => ({ path: "/ewp/ounits?hei_id=mines-ales.fr" }), allowed: [] },
  "POST /ewp/ounits": { request: () => ({ path: "/ewp/ounits", body: Buffer.from("hei_id=mines-ales.fr") }), allowed: [] },
  "GET /ewp/factsheet": { request: () => ({ path: "/ewp/factsheet?hei_id=mines-ales.fr" }), allowed: [] },
  "POST /ewp/factsheet": { request: () => ({ path: "/ewp/factsheet", body: Buffer.from("hei_id=mines-ales.fr") }), allowed: [] },
  "GET /ewp/omobility-las/get": {
    request: (r) => ({ path: `/ewp/omobility-las/get?sending_hei_id=mines-ales.fr&omobility_id=${r.agreementId}` }),
    allowed: [],
  },
  "POST /ewp/omobility-las/get": {
    request: (r) => ({ path: "/ewp/omobility-las/get", body: Buffer.from(`sending_hei_id=mines-ales.fr&omobility_id=${r.agreementId}`) }),
    allowed: [],
  },
  "GET /ewp/omobility-las/index": { request: () => ({ path: "/ewp/omobility-las/index?sending_hei_id=mines-ales.fr" }), allowed: [] },
  "POST /ewp/omobility-las/index": { request: () => ({ path: "/ewp/omobility-las/index", body: Buffer.from("sending_hei_id=mines-ales.fr") }), allowed: [] },
  "POST /ewp/omobility-las/update": {
    request: () => ({ path: "/ewp/omobility-las/update", body: Buffer.from("<omobility-las-update-request/>") }),
    allowed: [],
  },
  "GET /ewp/omobility-las/stats": { request: () => ({ path: "/ewp/omobility-las/stats" }), allowed: [] },
  "GET /ewp/omobilities/get": { request: (r) => ({ path: `/ewp/omobilities/get?sending_hei_id=mines-ales.fr&omobility_id=${r.applicationId}` }), allowed: [] },
  "POST /ewp/omobilities/get": {
    request: (r) => ({ path: "/ewp/omobilities/get", body: Buffer.from(`sending_hei_id=mines-ales.fr&omobility_id=${r.applicationId}`) }),
    allowed: [],
  },
  "GET /ewp/omobilities/index": { request: () => ({ path: "/ewp/omobilities/index?sending_hei_id=mines-ales.fr" }), allowed: [] },
  "POST /ewp/omobilities/index": { request: () => ({ path: "/ewp/omobilities/index", body: Buffer.from("sending_hei_id=mines-ales.fr") }), allowed: [] },
  "GET /ewp/iias/get": { request: (r) => ({ path: `/ewp/iias/get?iia_id=${r.interInstitutionalAgreementId}` }), allowed: [] },
  "POST /ewp/iias/get": { request: (r) => ({ path: "/ewp/iias/get", body: Buffer.from(`iia_id=${r.interInstitutionalAgreementId}`) }), allowed: [] },
  "GET /ewp/iias/index": { request: () => ({ path: "/ewp/iias/index" }), allowed: [] },
  "POST /ewp/iias/index": { request: () => ({ path: "/ewp/iias/index", body: Buffer.from("") }), allowed: [] },
  "POST /ewp/omobility-la-cnr": {
    request: () => ({ path: "/ewp/omobility-la-cnr", body: Buffer.from("sending_hei_id=mines-ales.fr&omobility_id=x") }),
    allowed: [],
  },
  "POST /api/v1/incoming-applications": { request: () => ({ path: "/api/v1/incoming-applications", body: Buffer.from("") }), allowed: ALL },
  // The status link's token is the only key: no role, the office's included, reads a letter without it.
  "GET /api/v1/incoming-applications/[id]/acceptance-letter": {
    request: (r) => ({ path: `/api/v1/incoming-applications/${r.incomingId}/acceptance-letter?token=${"0".repeat(43)}` }),
    allowed: [],
  },
  "GET /api/v1/applications/[id]/dossier.zip": { request: (r) => ({ path: `/api/v1/applications/${r.applicationId}/dossier.zip` }), allowed: READERS },
  "GET /api/v1/applications/[id]/grant-contract": { request: (r) => ({ path: `/api/v1/applications/${r.applicationId}/grant-contract` }), allowed: READERS },
  // The link's token is the only key: no role passes without one.
  "POST /api/v1/end-of-stay/[token]/transcript": {
    request: () => ({ path: `/api/v1/end-of-stay/${"0".repeat(43)}/transcript`, body: PDF_FILE("transcript.pdf").buffer }),
    allowed: [],
  },
  // No recognition is recorded for this student: nobody gets a document (tests/integration/end-of-stay.test.ts checks who reads a recorded one).
  "GET /api/v1/applications/[id]/recognition-document": {
    request: (r) => ({ path: `/api/v1/applications/${r.applicationId}/recognition-document` }),
    allowed: [],
  },
  "POST /api/v1/applications/[id]/pieces/[kind]": {
    request: (r) => ({ path: `/api/v1/applications/${r.applicationId}/pieces/MOTIVATION_LETTER`, body: PDF_FILE("x.pdf").buffer }),
    allowed: ["owner"],
  },
  "POST /api/v1/agreements/[id]/signed-copy": {
    request: (r) => ({ path: `/api/v1/agreements/${r.interInstitutionalAgreementId}/signed-copy`, body: PDF_FILE("x.pdf").buffer }),
    allowed: ["INTERNATIONAL_OFFICE"],
  },
  "POST /api/v1/applications/[id]/withdrawal-evidence": {
    request: (r) => ({ path: `/api/v1/applications/${r.applicationId}/withdrawal-evidence`, body: PDF_FILE("x.pdf").buffer }),
    allowed: ["INTERNATIONAL_OFFICE"],
  },
  "GET /api/v1/coordinator/applications/export": {
    request: () => ({ path: "/api/v1/coordinator/applications/export" }),
    allowed: ["DEPARTMENTAL_COORDINATOR", "INTERNATIONAL_OFFICE", "GRANT_COMMISSION"],
  },
  "GET /api/v1/files/[id]": { request: (r) => ({ path: `/api/v1/files/${r.fileId}` }), allowed: READERS },
  "GET /api/v1/partners/export": { request: () => ({ path: "/api/v1/partners/export" }), allowed: ["INTERNATIONAL_OFFICE"] },
  "GET /api/v1/learning-agreements/[id]": { request: (r) => ({ path: `/api/v1/learning-agreements/${r.agreementId}` }), allowed: AGREEMENT_READERS },
  "GET /api/v1/rounds/[id]/grant-decisions": {
    request: (r) => ({ path: `/api/v1/rounds/${r.emptyRoundId}/grant-decisions` }),
    allowed: ["GRANT_COMMISSION", "INTERNATIONAL_OFFICE"],
  },
};

// These change the records for good, so they come last, in this order; signing out ends each session.
const LAST = [
  "deleteAgreementAction",
  "withdrawAction",
  "POST /api/v1/applications/[id]/withdrawal-evidence",
  "acceptForceMajeureAction",
  "POST /api/auth/[...nextauth]",
];

const DENIED_STATUSES = [401, 403, 404];
const DENIED_ERRORS = ["unauthenticated", "forbidden", "not_found"];

/** A student of a department and a partner that none of the demo accounts deals with, with a file, an agreement and a grant. */
async function createOtherStudentsRecords(baseURL: string): Promise<{ records: Records; owner: { email: string; password: string } }> {
  const db = createDatabaseClient(process.env.DATABASE_URL!);
  try {
    const stamp = randomBytes(4).toString("hex");
    const { passwordHash } = await db.user.findUniqueOrThrow({ where: { email: DEMO.student }, omit: { passwordHash: false } });
    const person = uniqueStudent("Matrix");
    const owner = await db.user.create({
      data: { email: person.email, name: person.name, role: "STUDENT", locale: "en", passwordHash, studentNumber: person.studentNumber },
    });
    const home = await db.homeInstitution.findFirstOrThrow();
    const department = await db.department.create({ data: { name: `Matrix department ${stamp}`, homeInstitutionId: home.id } });
    const programme = await db.programme.create({ data: { name: `Matrix master ${stamp}`, eqfLevel: 7, departmentId: department.id } });
    const partner = await db.partnerInstitution.create({
      data: { name: `Matrix partner ${stamp}`, erasmusCode: `I MATRIX${stamp}`, countryCode: "IT", city: "Pisa", languagesOfInstruction: ["it"] },
    });
    // The application lives in a closed round of its own: the tests run in parallel, and candidates
    // of the demo round would change its grant ranking under the other tests' feet.
    const round = await db.applicationRound.create({
      data: {
        name: `Matrix applications ${stamp}`,
        academicYear: "2025-2026",
        semesters: ["AUTUMN"],
        opensAt: new Date("2025-01-01"),
        deadline: new Date("2025-03-01"),
        destinations: { create: [{ partnerInstitutionId: partner.id, places: 2 }] },
      },
    });
    // The commission's round-wide actions work on a long-closed round of their own, listed after every other, so the demo round is left as it is.
    const emptyRound = await db.applicationRound.create({
      data: {
        name: `Matrix round ${stamp}`,
        academicYear: "2000-2001",
        semesters: ["AUTUMN"],
        opensAt: new Date("2000-01-01"),
        deadline: new Date("2000-03-01"),
      },
    });
    const application = await db.outgoingApplication.create({
      data: {
        studentId: owner.id,
        roundId: round.id,
        programmeId: programme.id,
        firstName: "Matrix",
        lastName: stamp,
        choices: {
          create: [{ rank: 1, partnerInstitutionId: partner.id, semesters: ["AUTUMN"], startDate: new Date("2027-09-01"), endDate: new Date("2028-01-31") }],
        },
      },
    });

    const ownerClient = await httpCaller(baseURL, { email: owner.email, password: DEMO_PASSWORD });
    const uploaded = await ownerClient.post(`/api/v1/applications/${application.id}/pieces/MOTIVATION_LETTER`, {
      headers: { "X-File-Name": "motivation.pdf" },
      data: PDF_FILE("motivation.pdf").buffer,
    });
    expect(uploaded.status()).toBe(201);
    const { fileId } = (await uploaded.json()) as { fileId: string };
    await ownerClient.dispose();

    await db.outgoingApplication.update({ where: { id: application.id }, data: { status: "SELECTED", submittedAt: new Date() } });
    await db.grantDecision.create({
      data: { applicationId: application.id, rank: 1, score: 1, breakdown: {}, awarded: true, reason: "awarded", amount: 1500, amountLines: [] },
    });
    const agreement = await db.learningAgreement.create({ data: { applicationId: application.id } });
    const content = agreementContent("host@matrix.test");
    const version = await db.learningAgreementVersion.create({
      data: { agreementId: agreement.id, number: 1, kind: "FIRST", state: "PROPOSED", content, contentHash: "a".repeat(64), proposedAt: new Date() },
    });
    const invitation = await db.hostSigningInvitation.create({
      data: {
        agreementId: agreement.id,
        versionId: version.id,
        tokenHash: randomBytes(32).toString("hex"),
        email: "host@matrix.test",
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    });
    const cv = await db.storedFile.create({
      data: {
        storageKey: `documents/matrix-${stamp}`,
        sha256: "c".repeat(64),
        size: 1,
        contentType: "application/pdf",
        originalName: "cv.pdf",
        uploadedById: owner.id,
      },
    });
    const letter = await db.storedFile.create({
      data: {
        storageKey: `documents/matrix-letter-${stamp}`,
        sha256: "d".repeat(64),
        size: 1,
        contentType: "application/pdf",
        originalName: "acceptance-letter.pdf",
        uploadedById: owner.id,
      },
    });
    const incoming = await db.incomingApplication.create({
      data: {
        accessTokenHash: randomBytes(32).toString("hex"),
        firstName: "Incoming",
        lastName: stamp,
        email: `incoming-${stamp}@partner.test`,
        homeInstitution: "Università di Pisa",
        homeErasmusCode: "I PISA01",
        fieldOfStudy: "Computer science",
        semester: "AUTUMN",
        academicYear: "2027-2028",
        languages: [],
        cvFileId: cv.id,
        status: "ACCEPTED",
        acceptanceLetterFileId: letter.id,
      },
    });
    const factSheet = await db.factSheet.findFirstOrThrow();
    const incomingAgreement = await db.incomingLearningAgreement.create({ data: { sendingHeiId: "partner.test", omobilityId: `matrix-${stamp}` } });
    const iia = await db.interInstitutionalAgreement.create({
      data: { partnerInstitutionId: partner.id, firstAcademicYear: "2040-2041", lastAcademicYear: "2040-2041" },
    });
    return {
      owner: { email: owner.email, password: DEMO_PASSWORD },
      records: {
        roundId: round.id,
        emptyRoundId: emptyRound.id,
        applicationId: application.id,
        fileId,
        agreementId: agreement.id,
        versionId: version.id,
        invitationId: invitation.id,
        incomingId: incoming.id,
        factSheetId: factSheet.id,
        interInstitutionalAgreementId: iia.id,
        incomingAgreementId: incomingAgreement.id,
      },
    };
  } finally {
    await db.$disconnect();
  }
}

test("the matrix lists every endpoint of the registry, and nothing else", () => {
  expect(Object.keys(ACTIONS).sort()).toEqual(Object.keys(ACTION_ACCESS_MATRIX).sort());
  expect(Object.keys(ROUTES).sort()).toEqual(Object.keys(ROUTE_ACCESS).sort());
});

// One test per kind of caller, each against its own fresh records: any of them can run alone, in any order, in parallel.
test.describe.configure({ mode: "parallel" });

for (const caller of CALLERS) {
  test(`every endpoint, called as ${caller} against another student's records, lets through only the allowed cells`, async ({ baseURL }) => {
    test.setTimeout(120_000);
    const { records, owner } = await createOtherStudentsRecords(baseURL!);
    const credentials = caller === "anonymous" ? undefined : caller === "owner" ? owner : { email: DEMO_EMAIL[caller], password: DEMO_PASSWORD };
    const client = await httpCaller(baseURL!, credentials);

    const wrong: string[] = [];
    const check = (endpoint: string, allowed: readonly Caller[], denied: boolean, got: string) => {
      const expected = allowed.includes(caller) ? "allowed" : "denied";
      if ((expected === "denied") !== denied || got.includes("internal") || got.startsWith("500"))
        wrong.push(`${endpoint} as ${caller}: expected ${expected}, got ${got}`);
    };
    const call = async (key: string) => {
      const route = ROUTES[key];
      if (route) {
        const { path, body } = route.request(records);
        const response = key.startsWith("GET") ? await client.get(path) : await client.post(path, { data: body, headers: { "X-File-Name": "x.pdf" } });
        return check(key, route.allowed, DENIED_STATUSES.includes(response.status()), String(response.status()));
      }
      const action = ACTIONS[key]!;
      const called = await callAction(client, key, action.input(records));
      const outcome = action.perItem && called.ok ? (called.data as ActionOutcome[])[0]! : called;
      check(key, action.allowed, !outcome.ok && DENIED_ERRORS.includes(outcome.error), outcome.ok ? "ok" : outcome.error);
    };

    const endpoints = [...Object.keys(ROUTES), ...Object.keys(ACTIONS)].filter((key) => !LAST.includes(key));
    for (const key of [...endpoints, ...LAST.slice(0, -1)]) await call(key);
    const { csrfToken } = (await (await client.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const signedOut = await client.post("/api/auth/signout", { form: { csrfToken, json: "true" } });
    check("POST /api/auth/[...nextauth]", ALL, DENIED_STATUSES.includes(signedOut.status()), String(signedOut.status()));
    await client.dispose();
    expect(wrong).toEqual([]);
  });
}
