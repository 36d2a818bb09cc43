import { describe, expect, it } from "vitest";
import { getCommissionView } from "@/lib/server/grant/get-commission-view";
import { importGradeAverages } from "@/lib/server/grant/import-grade-averages";
import { publishGrants } from "@/lib/server/grant/publish-grants";
import { setCandidateCriteria } from "@/lib/server/grant/set-candidate-criteria";
import { updateGrantSettings } from "@/lib/server/grant/update-grant-settings";
import { getGrantDecision } from "@/lib/server/grant/get-grant-decision";
import { grantContractPdf } from "@/lib/server/grant/grant-contract-pdf";
import { exportDecisionsCsv, exportDecisionsPdf } from "@/lib/server/grant/export-decisions";
import { pdfText, popplerRendering } from "../support/pdf-text";
import { declareWithdrawal } from "@/lib/server/grant/declare-withdrawal";
import { publishAmendment } from "@/lib/server/grant/publish-amendment";
import { getWithdrawal } from "@/lib/server/grant/get-withdrawal";
import { recordForceMajeureAcceptance } from "@/lib/server/grant/record-force-majeure-acceptance";
import { uploadForceMajeureEvidence } from "@/lib/server/grant/upload-force-majeure-evidence";
import { openDossierFile } from "@/lib/server/dossier/open-file";
import { startApplication } from "@/lib/server/application/start-application";
import { testDb, uniqueSuffix } from "../support/db";
import { createUser, waitFor } from "../support/factories";
import { bodyOf, createRoundWithDestination, newStudent, PDF } from "../support/applications";

const SETTINGS = {
  budget: 700,
  weights: { social: 1, linguistic: 1, academic: 1 },
  tieBreaks: ["academic" as const],
  preset: "seed" as const,
  monthlyRate: 100,
  publicationDate: "2027-07-01",
  toleranceDays: 5,
  minimumStayMonths: 3,
  prefinancingPercent: 80,
};

async function selectedCandidates(count: number) {
  const setup = await createRoundWithDestination();
  const candidates = [];
  for (let i = 0; i < count; i++) {
    const student = await newStudent();
    const { id } = await startApplication(student, setup.round.id);
    await testDb().outgoingApplication.update({
      where: { id },
      data: {
        status: "SELECTED",
        firstName: `Cand${i}`,
        lastName: uniqueSuffix(),
        scholarshipHolder: i === 0,
        nationality: "FR",
        otherEuGrant: false,
        submittedAt: new Date(Date.now() - i * 1000),
      },
    });
    await testDb().destinationChoice.create({
      data: {
        applicationId: id,
        rank: 1,
        partnerInstitutionId: setup.partner.id,
        semesters: ["AUTUMN"],
        startDate: new Date("2027-09-01"),
        endDate: new Date("2027-11-30"),
      },
    });
    const { studentNumber } = await testDb().user.findUniqueOrThrow({ where: { id: student.id } });
    candidates.push({ student, applicationId: id, studentNumber: studentNumber! });
  }
  return { ...setup, candidates };
}

describe("the grant commission", () => {
  it("ranks candidates on the three criteria and awards down the ranking until the budget runs out", async () => {
    const { round, candidates } = await selectedCandidates(3);
    const commission = await createUser("GRANT_COMMISSION");
    await updateGrantSettings(commission, { ...SETTINGS, roundId: round.id });
    const csv = `student;average\n${candidates[1]!.studentNumber};16\n${candidates[2]!.studentNumber};12,5`;
    expect(await importGradeAverages(commission, { roundId: round.id, csv })).toEqual({ updated: 2, errors: [] });
    const view = await getCommissionView(commission, round.id);
    // Sweden, 3 months: 100 € doubled = 600 € each; the budget of 700 € covers one. Sweden's language is not
    // English, German or Spanish: the linguistic criterion gives each 1, though the host teaches in English.
    expect(view.rows.map((r) => [r.name.split(" ")[0], r.score, r.breakdown.linguistic, r.amount, r.award.reason])).toEqual([
      ["Cand0", 2, 1, 600, "awarded"],
      ["Cand1", 1.8, 1, 600, "budget_exhausted"],
      ["Cand2", 1.625, 1, 600, "budget_exhausted"],
    ]);
    expect(view.remaining).toBe(100);
  });

  it("refuses a grade import with a wrong line, changing nothing", async () => {
    const { round, candidates } = await selectedCandidates(1);
    const commission = await createUser("GRANT_COMMISSION");
    const result = await importGradeAverages(commission, { roundId: round.id, csv: `${candidates[0]!.studentNumber};21\n99999999;10` });
    expect(result.updated).toBe(0);
    expect(result.errors.map((e) => e.reason)).toEqual(["badLine", "unknownStudent"]);
  });

  it("lets only commission members change the settings or publish", async () => {
    const { round } = await selectedCandidates(1);
    for (const role of ["INTERNATIONAL_OFFICE", "DEPARTMENTAL_COORDINATOR", "STUDENT", "ADMINISTRATOR"] as const) {
      const user = await createUser(role);
      await expect(updateGrantSettings(user, { ...SETTINGS, roundId: round.id })).rejects.toMatchObject({ code: "forbidden" });
      await expect(publishGrants(user, { roundId: round.id })).rejects.toMatchObject({ code: "forbidden" });
    }
  });

  it("freezes the decisions at publication, tells each student, and shows each student only their own", async () => {
    const { round, candidates } = await selectedCandidates(2);
    const commission = await createUser("GRANT_COMMISSION");
    await updateGrantSettings(commission, { ...SETTINGS, roundId: round.id });
    await publishGrants(commission, { roundId: round.id });
    await expect(updateGrantSettings(commission, { ...SETTINGS, roundId: round.id, budget: 5000 })).rejects.toMatchObject({ detail: "grants_published" });
    await expect(publishGrants(commission, { roundId: round.id })).rejects.toMatchObject({ detail: "grants_published" });
    await expect(
      setCandidateCriteria(commission, { applicationId: candidates[1]!.applicationId, gradeAverage: 20, linguisticOverride: null, fewerOpportunities: false }),
    ).rejects.toMatchObject({
      detail: "grants_published",
    });
    const [first, second] = candidates;
    expect(await getGrantDecision(first!.student, first!.applicationId)).toMatchObject({ awarded: true, amount: 600, rank: 1 });
    expect(await getGrantDecision(first!.student, second!.applicationId)).toBeNull();
    expect(await grantContractPdf(second!.student, first!.applicationId)).toBeNull();
    const pdf = await grantContractPdf(first!.student, first!.applicationId);
    expect(Buffer.from(pdf!).subarray(0, 5).toString()).toBe("%PDF-");
    // A contract, not a text dump: letterhead, the amounts as a table with their total, both parties' signature boxes.
    const contract = await pdfText(pdf!);
    const letterhead = (await testDb().homeInstitution.findFirstOrThrow({ orderBy: { erasmusCode: "asc" } })).name;
    expect(contract.split("\n")[0]).toBe(letterhead);
    expect(contract).toMatch(/Item Amount/);
    expect(contract).toMatch(/Total €600\.00/);
    expect(contract).toMatch(/Pre-financing paid at departure \(80 %\) €480\.00/);
    expect(contract).toContain(`Signature of the student For ${letterhead}`);
    expect(contract).toContain("Page 1 of 1");
    // Drawn and read back by another reader (poppler), letter for letter.
    const contractRendered = await popplerRendering(pdf!);
    expect(contractRendered.pngBytes).toBeGreaterThan(10_000);
    expect(contractRendered.text).toContain("Pre-financing paid at departure (80 %)");
    await waitFor(() => testDb().capturedEmail.findFirst({ where: { to: first!.student.email, subject: "Your Erasmus+ mobility grant" } }));
    const csv = await exportDecisionsCsv(await createUser("INTERNATIONAL_OFFICE"), round.id, "en");
    expect(csv.split("\r\n")[0]).toBe("\uFEFFRank,Student,Destination,Score,Grant,Decision,Pre-financing,Final grant,Balance due,To pay back");
    // 80 % of the grant is paid at departure; the final amounts wait for the confirmed days.
    expect(csv).toContain(",600.00,Awarded,480.00,,,");
    // French readers: semicolons and decimal commas.
    const french = await exportDecisionsCsv(commission, round.id, "fr");
    expect(french).toContain(";600,00;");
    const pdf2 = await exportDecisionsPdf(commission, round.id, "fr");
    expect(Buffer.from(pdf2).subarray(0, 5).toString()).toBe("%PDF-");
    // A document for the notice board: letterhead, round, publication date, a table; by student number when asked.
    const home = (await testDb().homeInstitution.findFirstOrThrow({ orderBy: { erasmusCode: "asc" } })).name;
    const posted = await pdfText(pdf2);
    expect(posted).toContain(home);
    expect(posted).toContain(`Commission des allocations — ${round.name}`);
    expect(posted).toMatch(/Décisions publiées le \d{1,2} \S+ \d{4}/);
    expect(posted).toContain("Rang");
    expect(posted).toContain("Cand0");
    expect(posted).toContain("Page 1 sur 1");
    expect((await popplerRendering(pdf2)).text).toContain(`Commission des allocations — ${round.name}`);
    const anonymous = await pdfText(await exportDecisionsPdf(commission, round.id, "fr", { studentNumbers: true }));
    expect(anonymous).not.toContain("Cand0");
    expect(anonymous).toContain(first!.studentNumber);
    await expect(exportDecisionsCsv(await createUser("STUDENT"), round.id, "en")).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("amendments to the published grants", () => {
  it("award the grant a withdrawal freed to the next candidate down the ranking, dated, e-mailed and audited", async () => {
    const { round, candidates } = await selectedCandidates(3);
    const commission = await createUser("GRANT_COMMISSION");
    // 1,300 € covers two grants of 600 €.
    await updateGrantSettings(commission, { ...SETTINGS, budget: 1300, roundId: round.id });
    await publishGrants(commission, { roundId: round.id });
    await expect(publishAmendment(commission, { roundId: round.id })).rejects.toMatchObject({ detail: "no_amendment" });
    let view = await getCommissionView(commission, round.id);
    const [first, , third] = view.rows;
    expect(view.amendment).toEqual({ freed: 0, awards: [] });

    const holder = candidates.find((c) => c.applicationId === first!.id)!;
    await declareWithdrawal(holder.student, { applicationId: holder.applicationId, reason: "Changed plans", returnDate: "", forceMajeure: false });
    view = await getCommissionView(commission, round.id);
    expect(view.amendment).toEqual({ freed: 600, awards: [{ id: third!.id, name: third!.name, amount: 600 }] });
    await expect(publishAmendment(await createUser("INTERNATIONAL_OFFICE"), { roundId: round.id })).rejects.toMatchObject({ code: "forbidden" });

    expect(await publishAmendment(commission, { roundId: round.id })).toEqual({ awarded: 1 });
    expect(await testDb().grantDecision.findUniqueOrThrow({ where: { applicationId: third!.id } })).toMatchObject({
      awarded: true,
      reason: "awarded_by_amendment",
    });
    const student = candidates.find((c) => c.applicationId === third!.id)!.student;
    expect(await testDb().outboxEmail.count({ where: { to: student.email, subject: "An Erasmus+ mobility grant is awarded to you" } })).toBe(1);
    expect(await testDb().auditEvent.count({ where: { entityId: round.id, action: "grants.amended", actorId: commission.id } })).toBe(1);
    view = await getCommissionView(commission, round.id);
    expect(view.amendments).toEqual([expect.objectContaining({ by: commission.name, freed: 600, count: 1 })]);
    expect(view.amendment).toEqual({ freed: 600, awards: [] });
    await expect(publishAmendment(commission, { roundId: round.id })).rejects.toMatchObject({ detail: "no_amendment" });
  });
});

describe("withdrawal", () => {
  it("asks back the whole grant received, unless the national agency accepts a force majeure", async () => {
    const { round, candidates } = await selectedCandidates(1);
    const commission = await createUser("GRANT_COMMISSION");
    await updateGrantSettings(commission, { ...SETTINGS, roundId: round.id });
    await publishGrants(commission, { roundId: round.id });
    const [candidate] = candidates;
    await testDb().outgoingApplication.update({ where: { id: candidate!.applicationId }, data: { status: "DEPARTED" } });
    await declareWithdrawal(candidate!.student, {
      applicationId: candidate!.applicationId,
      reason: "Family emergency",
      returnDate: "2027-10-15",
      forceMajeure: true,
    });
    expect(await getWithdrawal(candidate!.student, candidate!.applicationId)).toMatchObject({
      // The pre-financing paid at departure: 80 % of 600 €.
      amountReceived: 480,
      amountOwed: 480,
      forceMajeureReported: true,
    });
    expect((await testDb().outgoingApplication.findUniqueOrThrow({ where: { id: candidate!.applicationId } })).status).toBe("WITHDRAWN");

    await expect(recordForceMajeureAcceptance(commission, { applicationId: candidate!.applicationId })).rejects.toMatchObject({ code: "forbidden" });
    const office = await createUser("INTERNATIONAL_OFFICE");
    await expect(recordForceMajeureAcceptance(office, { applicationId: candidate!.applicationId })).rejects.toMatchObject({
      detail: "no_force_majeure_evidence",
    });
    const { fileId } = await uploadForceMajeureEvidence(office, { applicationId: candidate!.applicationId, fileName: "report.pdf", body: bodyOf(PDF) });
    expect(await openDossierFile(candidate!.student, fileId)).not.toBeNull();
    expect(await openDossierFile(await newStudent(), fileId)).toBeNull();
    await recordForceMajeureAcceptance(office, { applicationId: candidate!.applicationId });
    // 45 of 91 planned days spent: 600 × 45 / 91 = 296.70 € kept of the 480 € received.
    expect(await getWithdrawal(candidate!.student, candidate!.applicationId)).toMatchObject({ amountOwed: 183.3 });
  });

  it("owes nothing when the student gives up before the grant was paid", async () => {
    const { candidates } = await selectedCandidates(1);
    const [candidate] = candidates;
    await declareWithdrawal(candidate!.student, { applicationId: candidate!.applicationId, reason: "Changed plans", returnDate: "", forceMajeure: false });
    expect(await getWithdrawal(candidate!.student, candidate!.applicationId)).toMatchObject({ amountReceived: 0, amountOwed: 0 });
    await expect(
      declareWithdrawal(candidate!.student, { applicationId: candidate!.applicationId, reason: "Again", returnDate: "", forceMajeure: false }),
    ).rejects.toMatchObject({ code: "refused" });
  });
});
