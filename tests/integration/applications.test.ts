import { describe, expect, it } from "vitest";
import { startApplication } from "@/lib/server/application/start-application";
import { saveApplicationDraft } from "@/lib/server/application/save-draft";
import { submitApplication } from "@/lib/server/application/submit-application";
import { getApplication } from "@/lib/server/application/get-application";
import { testDb } from "../support/db";
import { waitFor } from "../support/factories";
import { createRoundWithDestination, currentVersion, fillApplication, newStudent, uploadApplicationPieces, validSteps } from "../support/applications";

describe("application drafts", () => {
  it("keeps whatever the student typed, even invalid, and resumes at the step reached", async () => {
    const { round } = await createRoundWithDestination();
    const student = await newStudent();
    const { id } = await startApplication(student, round.id);
    const start = await testDb().outgoingApplication.findUniqueOrThrow({ where: { id } });
    const saved = await saveApplicationDraft(student, {
      applicationId: id,
      version: start.version,
      step: "personal",
      values: { firstName: "Ana", lastName: "", birthDate: "not a date" },
      advance: false,
    });
    expect(saved.fieldErrors).toBeUndefined();
    const view = await getApplication(student, id);
    expect(view?.form.personal).toEqual({ firstName: "Ana", lastName: "", birthDate: "not a date" });
    expect(view?.currentStep).toBe(0);
  });

  it("refuses to move on from an invalid step, naming the fields, but still keeps the draft", async () => {
    const { round } = await createRoundWithDestination();
    const student = await newStudent();
    const { id } = await startApplication(student, round.id);
    const saved = await saveApplicationDraft(student, {
      applicationId: id,
      version: await currentVersion(id),
      step: "personal",
      values: { firstName: "Ana", lastName: "", birthDate: "2003-02-30" },
      advance: true,
    });
    expect(saved.fieldErrors).toEqual({ lastName: "validation.required", birthDate: "validation.date" });
    expect(saved.currentStep).toBe(0);
    expect((await getApplication(student, id))?.form.personal).toMatchObject({ birthDate: "2003-02-30" });
  });

  it("writes the answers of a valid step and moves the student on", async () => {
    const { round, programme, partner } = await createRoundWithDestination();
    const student = await newStudent();
    const { id } = await fillApplication(student, round.id, validSteps(programme.id, partner.id));
    const view = await getApplication(student, id);
    expect(view?.currentStep).toBe(6);
    expect(view?.answers).toMatchObject({ firstName: "Ana", lastName: "Lopes", nationality: "PT", creditsCompleted: 120 });
    expect(view?.choices).toEqual([expect.objectContaining({ rank: 1, partner: partner.name, semesters: ["AUTUMN"] })]);
    expect(view?.languages).toEqual([
      { language: "en", level: "B2" },
      { language: "sv", level: "A1" },
    ]);
  });

  it("refuses a destination that is not open in the round", async () => {
    const { round, programme } = await createRoundWithDestination();
    const other = await createRoundWithDestination();
    const student = await newStudent();
    const steps = validSteps(programme.id, other.partner.id);
    await expect(fillApplication(student, round.id, steps)).rejects.toThrow(/destinationNotOpen/);
  });

  it("refuses a stay outside 3 to 12 months with the eligibility explanation", async () => {
    const { round, programme, partner } = await createRoundWithDestination();
    const student = await newStudent();
    const steps = validSteps(programme.id, partner.id, {
      destinations: { choices: [{ partnerInstitutionId: partner.id, semesters: ["AUTUMN"], startDate: "2027-09-01", endDate: "2027-11-29" }] },
    });
    await expect(fillApplication(student, round.id, steps)).rejects.toThrow(/eligibility.reasons.duration.tooShort/);
  });

  it("detects a save based on an old version instead of overwriting", async () => {
    const { round } = await createRoundWithDestination();
    const student = await newStudent();
    const { id } = await startApplication(student, round.id);
    const { version } = await testDb().outgoingApplication.findUniqueOrThrow({ where: { id } });
    await saveApplicationDraft(student, { applicationId: id, version, step: "personal", values: { firstName: "Tab one" }, advance: false });
    await expect(
      saveApplicationDraft(student, { applicationId: id, version, step: "personal", values: { firstName: "Tab two" }, advance: false }),
    ).rejects.toMatchObject({ code: "conflict" });
    expect((await getApplication(student, id))?.form.personal).toEqual({ firstName: "Tab one" });
  });

  it("gives each student one application per round, even when started twice at once", async () => {
    const { round } = await createRoundWithDestination();
    const student = await newStudent();
    const [a, b] = await Promise.all([startApplication(student, round.id), startApplication(student, round.id)]);
    expect(a.id).toBe(b.id);
  });
});

describe("submission", () => {
  it("submits a complete, eligible application with its pieces, records it and e-mails the student", async () => {
    const { round, programme, partner } = await createRoundWithDestination();
    const student = await newStudent();
    const { id } = await fillApplication(student, round.id, validSteps(programme.id, partner.id));
    await uploadApplicationPieces(student, id);
    await submitApplication(student, id, await currentVersion(id));
    const view = await getApplication(student, id);
    expect(view?.status).toBe("SUBMITTED");
    expect(view?.submittedAt).toBeInstanceOf(Date);
    const audit = await testDb().auditEvent.findFirst({ where: { entityId: id, action: "application.status_changed" } });
    expect(audit).toMatchObject({ actorId: student.id, fromState: "DRAFT", toState: "SUBMITTED" });
    const mail = await waitFor(() => testDb().capturedEmail.findFirst({ where: { to: student.email } }));
    expect(mail.subject).toContain("Erasmus+");
  });

  it("refuses submission while application-phase pieces are missing", async () => {
    const { round, programme, partner } = await createRoundWithDestination();
    const student = await newStudent();
    const { id } = await fillApplication(student, round.id, validSteps(programme.id, partner.id));
    await uploadApplicationPieces(student, id, ["MOTIVATION_LETTER"]);
    await expect(submitApplication(student, id, await currentVersion(id))).rejects.toMatchObject({ code: "refused", detail: "pieces_missing" });
  });

  it("asks a scholarship holder for the scholarship notification before submission", async () => {
    const { round, programme, partner } = await createRoundWithDestination();
    const student = await newStudent();
    const steps = validSteps(programme.id, partner.id);
    steps.studies = { ...steps.studies, scholarshipHolder: true };
    const { id } = await fillApplication(student, round.id, steps);
    await uploadApplicationPieces(student, id);
    await expect(submitApplication(student, id, await currentVersion(id))).rejects.toMatchObject({ detail: "pieces_missing" });
    await uploadApplicationPieces(student, id, ["SCHOLARSHIP_NOTIFICATION"]);
    await submitApplication(student, id, await currentVersion(id));
    expect((await getApplication(student, id))?.status).toBe("SUBMITTED");
  });

  it("refuses an ineligible application and changes nothing", async () => {
    const { round, programme, partner } = await createRoundWithDestination();
    const student = await newStudent();
    const steps = validSteps(programme.id, partner.id, { nationality: { nationality: "US", residenceStatus: "residence_permit_1y" } });
    const { id } = await fillApplication(student, round.id, steps);
    await uploadApplicationPieces(student, id);
    await expect(submitApplication(student, id, await currentVersion(id))).rejects.toMatchObject({ code: "refused", detail: "not_eligible" });
    expect((await getApplication(student, id))?.status).toBe("DRAFT");
  });

  it("refuses a submission after the round's deadline", async () => {
    const { round, programme, partner } = await createRoundWithDestination();
    const student = await newStudent();
    const { id } = await fillApplication(student, round.id, validSteps(programme.id, partner.id));
    await uploadApplicationPieces(student, id);
    await testDb().applicationRound.update({ where: { id: round.id }, data: { deadline: new Date(Date.now() - 1000) } });
    await expect(submitApplication(student, id, await currentVersion(id))).rejects.toMatchObject({ code: "refused", detail: "round_closed" });
    expect((await getApplication(student, id))?.status).toBe("DRAFT");
  });

  it("does not open an application in a closed round", async () => {
    const { round } = await createRoundWithDestination({ open: false });
    const student = await newStudent();
    await expect(startApplication(student, round.id)).rejects.toMatchObject({ detail: "round_closed" });
  });

  it("re-checks every step at submission, so an invalid edit after moving on cannot slip through", async () => {
    const { round, programme, partner } = await createRoundWithDestination();
    const student = await newStudent();
    const { id } = await fillApplication(student, round.id, validSteps(programme.id, partner.id));
    await uploadApplicationPieces(student, id);
    const saved = await saveApplicationDraft(student, {
      applicationId: id,
      version: await currentVersion(id),
      step: "motivation",
      values: { motivation: "too short" },
      advance: false,
    });
    await expect(submitApplication(student, id, saved.version)).rejects.toMatchObject({
      detail: "step_incomplete",
      fieldErrors: { "motivation.motivation": "validation.motivationTooShort" },
    });
  });

  it("freezes the application once submitted", async () => {
    const { round, programme, partner } = await createRoundWithDestination();
    const student = await newStudent();
    const { id } = await fillApplication(student, round.id, validSteps(programme.id, partner.id));
    await uploadApplicationPieces(student, id);
    const submitted = await submitApplication(student, id, await currentVersion(id));
    await expect(saveApplicationDraft(student, { applicationId: id, version: submitted, step: "personal", values: {}, advance: false })).rejects.toMatchObject({
      code: "refused",
      detail: "not_editable",
    });
  });
});
