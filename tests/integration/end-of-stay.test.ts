import { describe, expect, it } from "vitest";
import { askHost } from "@/lib/server/end-of-stay/ask-host";
import { confirmAttendance } from "@/lib/server/end-of-stay/confirm-attendance";
import { enterTranscript } from "@/lib/server/end-of-stay/enter-transcript";
import { recordAttendanceFromScan } from "@/lib/server/end-of-stay/record-attendance-from-scan";
import { recordLongerStayAmendment } from "@/lib/server/end-of-stay/record-longer-stay-amendment";
import { recordRecognition } from "@/lib/server/end-of-stay/record-recognition";
import { saveGradingTable } from "@/lib/server/end-of-stay/save-grading-table";
import { recognitionDocument } from "@/lib/server/end-of-stay/recognition-document";
import { getEndOfStay } from "@/lib/server/end-of-stay/get-end-of-stay";
import { getGrantDecision } from "@/lib/server/grant/get-grant-decision";
import { hostRecipients } from "@/lib/server/learning-agreement/host-recipients";
import { hashLinkToken } from "@/lib/server/crypto/link-token";
import { startApplication } from "@/lib/server/application/start-application";
import type { CurrentUser } from "@/lib/server/auth/session";
import { testDb, uniqueSuffix } from "../support/db";
import { createUser, waitFor } from "../support/factories";
import { createRoundWithDestination, newStudent } from "../support/applications";
import { agreementContent } from "../support/learning-agreement-content";
import { pdfText, popplerRendering } from "../support/pdf-text";
import { PROGRAMME_PRESET } from "@/lib/domain/grant/rate-table";
import { bodyOf, PDF } from "../support/applications";
import { uploadHostTranscript } from "@/lib/server/end-of-stay/upload-host-transcript";
import { transcribeTranscript } from "@/lib/server/end-of-stay/enter-transcript";
import { openDossierFile } from "@/lib/server/dossier/open-file";

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

/**
 * An arrived student at a Swedish partner: an agreed learning agreement
 * (table A: DV1 15 + DV2 15 ECTS; table B: one 30-ECTS semester), a grant
 * of 3,000 € for 1 Sep 2027 – 31 Jan 2028 (5 months at 600 €), the
 * partner's registered contact, and the home department's coordinator.
 */
async function arrivedStudent() {
  const setup = await createRoundWithDestination();
  const db = testDb();
  const student = await newStudent();
  const { id } = await startApplication(student, setup.round.id);
  await db.applicationRound.update({ where: { id: setup.round.id }, data: { grantRateTable: PROGRAMME_PRESET } });
  await db.outgoingApplication.update({ where: { id }, data: { status: "ARRIVED", programmeId: setup.programme.id, firstName: "Ana", lastName: "Lopes" } });
  await db.destinationChoice.create({
    data: {
      applicationId: id,
      rank: 1,
      partnerInstitutionId: setup.partner.id,
      semesters: ["AUTUMN"],
      startDate: new Date("2027-09-01"),
      endDate: new Date("2028-01-31"),
    },
  });
  await db.learningAgreement.create({
    data: { applicationId: id, versions: { create: { number: 1, kind: "FIRST", state: "AGREED", content: agreementContent(), contentHash: "a".repeat(64) } } },
  });
  // The certificate of enrolment, uploaded at arrival, is accepted; no scanned certificate of attendance is: the host confirms in the portal.
  await db.dossierPiece.create({ data: { applicationId: id, kind: "ENROLMENT_CERTIFICATE", status: "ACCEPTED" } });
  await db.grantDecision.create({
    data: { applicationId: id, rank: 1, score: 1, breakdown: {}, awarded: true, reason: "awarded", amount: 3000, amountLines: [] },
  });
  const hostEmail = `host-${uniqueSuffix()}@partner.test`;
  await db.partnerContact.create({
    data: { partnerInstitutionId: setup.partner.id, name: "Anna Lindqvist", email: hostEmail, role: "INSTITUTIONAL_COORDINATOR" },
  });
  const coordinator = await createUser("DEPARTMENTAL_COORDINATOR", { departmentId: setup.department.id });
  return { ...setup, student, applicationId: id, coordinator, hostEmail };
}

/** The home coordinator asks; the host's token is read from the e-mail the partner's contact receives. */
async function askAndReadToken(coordinator: CurrentUser, applicationId: string, hostEmail: string, request: "ATTENDANCE" | "TRANSCRIPT") {
  await askHost(coordinator, { applicationId, request, hostRecipient: (await hostRecipients(applicationId))[0]!.key });
  return waitFor(async () => {
    const mails = await testDb().capturedEmail.findMany({ where: { to: hostEmail }, orderBy: { receivedAt: "desc" } });
    for (const mail of mails) {
      const token = mail.text.match(/\/end-of-stay\/([A-Za-z0-9_-]+)/)?.[1];
      const link = token && (await testDb().endOfStayInvitation.findUnique({ where: { tokenHash: hashLinkToken(token) } }));
      if (link && link.request === request && !link.usedAt && !link.revokedAt) return token;
    }
    return null;
  });
}

const days = (applicationId: string, firstDay: string, lastDay: string) => ({ applicationId, firstDay, lastDay, signerName: "Anna Lindqvist" });
const anonymous = (token: string) => ({ token, user: null });

const TRANSCRIPT = [
  { componentId: "a", losCode: "", title: "x", grade: "4", creditsObtained: 15, passed: true },
  { componentId: "b", losCode: "", title: "x", grade: "3", creditsObtained: 15, passed: true },
  { componentId: "", losCode: "SV1", title: "Swedish for beginners", grade: "G", creditsObtained: 5, passed: true },
];

describe("the certificate of attendance", () => {
  it("goes through a single-use link to the partner's registered contact only, and is versioned and audited", async () => {
    const s = await arrivedStudent();
    const token = await askAndReadToken(s.coordinator, s.applicationId, s.hostEmail, "ATTENDANCE");
    expect(await confirmAttendance(anonymous(token), { token, ...days(s.applicationId, "2027-09-01", "2027-12-20") })).toBe(1);
    // Used once: a second answer through the same link is refused and changes nothing.
    await expect(confirmAttendance(anonymous(token), { token, ...days(s.applicationId, "2027-09-01", "2028-03-01") })).rejects.toMatchObject({
      detail: "invitation_used",
    });
    // A correction is a new version through a new link; the first stays.
    const again = await askAndReadToken(s.coordinator, s.applicationId, s.hostEmail, "ATTENDANCE");
    expect(await confirmAttendance(anonymous(again), { token: again, ...days(s.applicationId, "2027-09-01", "2027-12-21") })).toBe(2);
    const view = await getEndOfStay(s.student, s.applicationId);
    expect(view?.attendances.map((a) => [a.number, a.lastDay, a.source])).toEqual([
      [2, "2027-12-21", "HOST_LINK"],
      [1, "2027-12-20", "HOST_LINK"],
    ]);
    const audit = await testDb().auditEvent.findMany({
      where: { entityId: s.applicationId, action: "end_of_stay.attendance_confirmed" },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((a) => a.toState)).toEqual(["v1 2027-09-01 → 2027-12-20", "v2 2027-09-01 → 2027-12-21"]);
    // The student is told.
    await waitFor(() => testDb().capturedEmail.findFirst({ where: { to: s.student.email, subject: { contains: "confirmed the dates" } } }));
  });

  it("refuses an expired, a replaced, a forged link and one for another application or request", async () => {
    const s = await arrivedStudent();
    const other = await arrivedStudent();
    const first = await askAndReadToken(s.coordinator, s.applicationId, s.hostEmail, "ATTENDANCE");
    const second = await askAndReadToken(s.coordinator, s.applicationId, s.hostEmail, "ATTENDANCE");
    await expect(confirmAttendance(anonymous(first), { token: first, ...days(s.applicationId, "2027-09-01", "2028-01-31") })).rejects.toMatchObject({
      detail: "invitation_revoked",
    });
    await expect(confirmAttendance(anonymous(second), { token: second, ...days(other.applicationId, "2027-09-01", "2028-01-31") })).rejects.toMatchObject({
      detail: "invitation_invalid",
    });
    await expect(
      enterTranscript(anonymous(second), { token: second, applicationId: s.applicationId, signerName: "A", entries: TRANSCRIPT }),
    ).rejects.toMatchObject({
      detail: "invitation_invalid",
    });
    await expect(confirmAttendance(anonymous("forged"), { token: "forged", ...days(s.applicationId, "2027-09-01", "2028-01-31") })).rejects.toMatchObject({
      detail: "invitation_invalid",
    });
    await testDb().endOfStayInvitation.updateMany({ where: { tokenHash: hashLinkToken(second) }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(confirmAttendance(anonymous(second), { token: second, ...days(s.applicationId, "2027-09-01", "2028-01-31") })).rejects.toMatchObject({
      detail: "invitation_expired",
    });
    expect(await testDb().attendanceConfirmation.count({ where: { applicationId: { in: [s.applicationId, other.applicationId] } } })).toBe(0);
  });

  it("records one answer when two are sent through the same link at once", async () => {
    const s = await arrivedStudent();
    const token = await askAndReadToken(s.coordinator, s.applicationId, s.hostEmail, "ATTENDANCE");
    const results = await Promise.allSettled(
      [0, 1, 2].map(() => confirmAttendance(anonymous(token), { token, ...days(s.applicationId, "2027-09-01", "2028-01-31") })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await testDb().attendanceConfirmation.count({ where: { applicationId: s.applicationId } })).toBe(1);
  });

  it("is confirmed by the partner's host-coordinator account, not by another partner's, a student or the home staff without a link", async () => {
    const s = await arrivedStudent();
    const host = await createUser("HOST_COORDINATOR", { partnerInstitutionId: s.partner.id });
    const strangerPartner = await testDb().partnerInstitution.create({
      data: { name: `Other ${uniqueSuffix()}`, erasmusCode: `X O${uniqueSuffix()}`, countryCode: "IT", city: "Pisa", languagesOfInstruction: ["it"] },
    });
    const otherHost = await createUser("HOST_COORDINATOR", { partnerInstitutionId: strangerPartner.id });
    const input = { token: "", ...days(s.applicationId, "2027-09-01", "2028-01-31") };
    await expect(confirmAttendance({ token: "", user: otherHost }, input)).rejects.toMatchObject({ code: "not_found" });
    await expect(confirmAttendance({ token: "", user: s.student }, input)).rejects.toMatchObject({ code: "forbidden" });
    await expect(confirmAttendance({ token: "", user: s.coordinator }, input)).rejects.toMatchObject({ code: "forbidden" });
    await expect(confirmAttendance({ token: "", user: null }, input)).rejects.toMatchObject({ code: "unauthenticated" });
    expect(await confirmAttendance({ token: "", user: host }, input)).toBe(1);
    expect((await getEndOfStay(s.coordinator, s.applicationId))?.attendances[0]?.source).toBe("HOST_ACCOUNT");
  });

  it("is asked only by the application's home coordinators, only once the student has arrived", async () => {
    const s = await arrivedStudent();
    const recipient = (await hostRecipients(s.applicationId))[0]!.key;
    const otherDepartment = await createUser("DEPARTMENTAL_COORDINATOR", { departmentId: (await createRoundWithDestination()).department.id });
    await expect(askHost(otherDepartment, { applicationId: s.applicationId, request: "ATTENDANCE", hostRecipient: recipient })).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(askHost(s.student, { applicationId: s.applicationId, request: "ATTENDANCE", hostRecipient: recipient })).rejects.toMatchObject({
      code: "forbidden",
    });
    // Never to an address that is not one of the partner's registered people.
    await expect(askHost(s.coordinator, { applicationId: s.applicationId, request: "ATTENDANCE", hostRecipient: "contact:nobody" })).rejects.toMatchObject({
      detail: "host_recipient_unknown",
    });
    await testDb().outgoingApplication.update({ where: { id: s.applicationId }, data: { status: "DEPARTED" } });
    await expect(askHost(s.coordinator, { applicationId: s.applicationId, request: "ATTENDANCE", hostRecipient: recipient })).rejects.toMatchObject({
      detail: "not_arrived",
    });
  });

  it("falls back on the student's scan once the coordinator accepted it", async () => {
    const s = await arrivedStudent();
    const input = { applicationId: s.applicationId, firstDay: "2027-09-01", lastDay: "2028-01-31" };
    await expect(recordAttendanceFromScan(s.coordinator, input)).rejects.toMatchObject({ detail: "scan_not_accepted" });
    await testDb().dossierPiece.create({ data: { applicationId: s.applicationId, kind: "ATTENDANCE_CERTIFICATE", status: "ACCEPTED" } });
    expect(await recordAttendanceFromScan(s.coordinator, input)).toBe(1);
    expect((await getEndOfStay(s.student, s.applicationId))?.attendances[0]?.source).toBe("STUDENT_SCAN");
  });
});

describe("the final grant", () => {
  it("follows the confirmed days: shorter stays are paid for their days, and what was paid above is to pay back", async () => {
    const s = await arrivedStudent();
    const before = await getGrantDecision(s.student, s.applicationId);
    expect(before?.settlement?.schedule).toEqual({ prefinancing: 2400, total: 3000, provisional: true, balance: 600, toReimburse: 0 });
    const host = await createUser("HOST_COORDINATOR", { partnerInstitutionId: s.partner.id });
    // 1 Sep → 20 Dec: 3 months 20 days = 1,800 + 400.
    await confirmAttendance({ token: "", user: host }, { token: "", ...days(s.applicationId, "2027-09-01", "2027-12-20") });
    const after = await getGrantDecision(s.student, s.applicationId);
    expect(after?.settlement?.final).toMatchObject({ basis: "shorter", amount: 2200 });
    expect(after?.settlement?.schedule).toEqual({ prefinancing: 2400, total: 2200, provisional: false, balance: 0, toReimburse: 200 });
    await expect(recordLongerStayAmendment(s.coordinator, { applicationId: s.applicationId })).rejects.toMatchObject({ detail: "not_longer_stay" });
  });

  it("pays a longer stay once the coordinator records the amendment, audited", async () => {
    const s = await arrivedStudent();
    const host = await createUser("HOST_COORDINATOR", { partnerInstitutionId: s.partner.id });
    await confirmAttendance({ token: "", user: host }, { token: "", ...days(s.applicationId, "2027-09-01", "2028-02-15") });
    expect((await getGrantDecision(s.coordinator, s.applicationId))?.settlement?.final).toMatchObject({ basis: "longer_not_amended", amount: 3000 });
    await expect(recordLongerStayAmendment(s.student, { applicationId: s.applicationId })).rejects.toMatchObject({ code: "forbidden" });
    await recordLongerStayAmendment(s.coordinator, { applicationId: s.applicationId });
    const settled = (await getGrantDecision(s.student, s.applicationId))?.settlement;
    expect(settled?.final).toMatchObject({ basis: "longer_amended", amount: 3300 });
    expect(settled?.schedule).toMatchObject({ balance: 900, toReimburse: 0 });
    expect(await testDb().auditEvent.count({ where: { entityId: s.applicationId, action: "end_of_stay.longer_stay_amended" } })).toBe(1);
  });
});

describe("the transcript and the recognition", () => {
  const ECTS = "A;10\nB;20\nC;40\nD;20\nE;10";
  const SWEDISH = "5;10\n4;30\n3;60\nG;100";

  it("takes the host's transcript for every component of table A, then the recognition completes the mobility", async () => {
    const s = await arrivedStudent();
    const host = await createUser("HOST_COORDINATOR", { partnerInstitutionId: s.partner.id });
    await confirmAttendance({ token: "", user: host }, { token: "", ...days(s.applicationId, "2027-09-01", "2028-01-31") });
    const token = await askAndReadToken(s.coordinator, s.applicationId, s.hostEmail, "TRANSCRIPT");
    // Table A's component "b" missing: refused, the link still works.
    await expect(
      enterTranscript(anonymous(token), {
        token,
        applicationId: s.applicationId,
        signerName: "Anna",
        entries: TRANSCRIPT.filter((e) => e.componentId !== "b"),
      }),
    ).rejects.toMatchObject({ code: "invalid", fieldErrors: { entries: "validation.transcriptComponents" } });
    expect(await enterTranscript(anonymous(token), { token, applicationId: s.applicationId, signerName: "Anna", entries: TRANSCRIPT })).toBe(1);
    const transcript = (await getEndOfStay(s.student, s.applicationId))!.transcripts[0]!;
    // The agreed components keep their agreed code and title, whatever the form sent.
    expect(transcript.entries.map((e) => [e.losCode, e.title, e.grade])).toEqual([
      ["DV1", "Distributed systems", "4"],
      ["DV2", "Compilers", "3"],
      ["SV1", "Swedish for beginners", "G"],
    ]);

    const office = await createUser("INTERNATIONAL_OFFICE");
    await expect(saveGradingTable(s.coordinator, { owner: "home", eqfLevel: 7, iscedCode: "0613", grades: ECTS })).rejects.toMatchObject({ code: "forbidden" });
    const entry = { componentId: "r", creditsRecognised: 30, homeGrade: "", foreignGrade: "4", method: "table" as const, reason: "" };
    await expect(
      recordRecognition(s.coordinator, { applicationId: s.applicationId, entries: [entry], shortfallReason: "Swedish is extra-curricular." }),
    ).rejects.toMatchObject({
      detail: "no_grading_table",
    });
    await saveGradingTable(office, { owner: s.partner.id, eqfLevel: 7, iscedCode: "0613", grades: SWEDISH });
    await saveGradingTable(office, { owner: "home", eqfLevel: 7, iscedCode: "0613", grades: "16;10\n14;30\n12;60\n10;100" });
    // 35 credits obtained, 30 recognised: the shortfall needs a reason.
    await expect(recordRecognition(s.coordinator, { applicationId: s.applicationId, entries: [entry], shortfallReason: "" })).rejects.toMatchObject({
      detail: "shortfall_reason_required",
    });
    const stranger = await newStudent();
    await expect(recordRecognition(stranger, { applicationId: s.applicationId, entries: [entry], shortfallReason: "x" })).rejects.toMatchObject({
      code: "forbidden",
    });
    await recordRecognition(s.coordinator, {
      applicationId: s.applicationId,
      entries: [{ ...entry, homeGrade: "20" }],
      shortfallReason: "Swedish is extra-curricular.",
    });

    const done = await testDb().outgoingApplication.findUniqueOrThrow({ where: { id: s.applicationId }, select: { status: true, recognition: true } });
    expect(done.status).toBe("COMPLETED");
    // The server converted: 4 [5, 20] of the Swedish table overlaps 14 [5, 20] entirely.
    expect(done.recognition?.entries).toEqual([
      expect.objectContaining({
        homeGrade: "14",
        conversion: expect.objectContaining({ method: "table", foreignGrade: "4", fromBand: [5, 20], toBand: [5, 20] }),
      }),
    ]);
    await expect(recordRecognition(s.coordinator, { applicationId: s.applicationId, entries: [entry], shortfallReason: "again" })).rejects.toMatchObject({
      detail: "recognition_recorded",
    });
    const mail = await waitFor(() => testDb().capturedEmail.findFirst({ where: { to: s.student.email, subject: { contains: "recognised and completed" } } }));
    expect(mail.attachmentNames).toEqual(["recognition-fr.pdf", "recognition-en.pdf"]);
    const text = await pdfText((await recognitionDocument(s.student, s.applicationId, "fr"))!);
    expect(text).toContain("Reconnaissance de la période d'études à l'étranger");
    expect(text).toContain("Swedish for beginners");
    // Another reader draws it and reads the same letters.
    const rendered = await popplerRendering((await recognitionDocument(s.student, s.applicationId, "en"))!);
    expect(rendered.text).toContain("Recognition of the period of study abroad");
    expect(rendered.pngBytes).toBeGreaterThan(10_000);
    expect(await recognitionDocument(stranger, s.applicationId, "en")).toBeNull();
    expect(await testDb().auditEvent.count({ where: { entityId: s.applicationId, action: "end_of_stay.recognised" } })).toBe(1);
  });

  it("takes the host's own transcript as a PDF through its link, which the home coordinator transcribes", async () => {
    const s = await arrivedStudent();
    const token = await askAndReadToken(s.coordinator, s.applicationId, s.hostEmail, "TRANSCRIPT");
    await expect(uploadHostTranscript("forged", { fileName: "t.pdf", body: bodyOf(PDF) })).rejects.toMatchObject({ code: "not_found" });
    await expect(uploadHostTranscript(token, { fileName: "t.png", body: bodyOf(PNG) })).rejects.toMatchObject({ reason: "unsupported_type" });
    expect(await uploadHostTranscript(token, { fileName: "transcript.pdf", body: bodyOf(PDF) })).toEqual({ number: 1 });
    await expect(uploadHostTranscript(token, { fileName: "again.pdf", body: bodyOf(PDF) })).rejects.toMatchObject({ detail: "invitation_used" });
    const pending = (await getEndOfStay(s.coordinator, s.applicationId))!.transcripts[0]!;
    expect(pending.entries).toEqual([]);
    expect(await openDossierFile(s.student, pending.pdfFileId!)).not.toBeNull();
    expect(await openDossierFile(await newStudent(), pending.pdfFileId!)).toBeNull();
    const typed = { token: "", applicationId: s.applicationId, signerName: "Jean Dupont", entries: TRANSCRIPT };
    await expect(transcribeTranscript(s.student, typed)).rejects.toMatchObject({ code: "forbidden" });
    expect(await transcribeTranscript(s.coordinator, typed)).toBe(2);
    const transcribed = (await getEndOfStay(s.student, s.applicationId))!.transcripts[0]!;
    expect(transcribed).toMatchObject({ source: "HOME_TRANSCRIPTION", pdfFileId: pending.pdfFileId });
    expect(transcribed.entries).toHaveLength(3);
  });

  it("does not complete a mobility before the host confirmed the days and sent the transcript", async () => {
    const s = await arrivedStudent();
    const entry = { componentId: "r", creditsRecognised: 30, homeGrade: "12", foreignGrade: "4", method: "manual" as const, reason: "No table" };
    await expect(recordRecognition(s.coordinator, { applicationId: s.applicationId, entries: [entry], shortfallReason: "" })).rejects.toMatchObject({
      detail: "attendance_not_confirmed",
    });
    expect((await testDb().outgoingApplication.findUniqueOrThrow({ where: { id: s.applicationId } })).status).toBe("ARRIVED");
    expect(await testDb().recognition.count({ where: { applicationId: s.applicationId } })).toBe(0);
  });
});
