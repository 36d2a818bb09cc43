import { describe, expect, it } from "vitest";
import { sendStaffDigest, sendStaffDigests } from "@/lib/server/staff/send-staff-digests";
import { submitApplication } from "@/lib/server/application/submit-application";
import { reviewPiece } from "@/lib/server/dossier/review-piece";
import { uploadPiece } from "@/lib/server/dossier/upload-piece";
import { saveAgreementDraft } from "@/lib/server/learning-agreement/save-agreement-draft";
import { proposeAgreementVersion } from "@/lib/server/learning-agreement/propose-agreement-version";
import { startApplication } from "@/lib/server/application/start-application";
import { testDb, uniqueSuffix } from "../support/db";
import { createUser, waitFor } from "../support/factories";
import {
  bodyOf,
  createRoundWithDestination,
  currentVersion,
  fillApplication,
  newStudent,
  PDF,
  uploadApplicationPieces,
  validSteps,
} from "../support/applications";
import { agreementContent } from "../support/learning-agreement-content";

type Setup = Awaited<ReturnType<typeof createRoundWithDestination>>;

async function submitted(setup: Setup, lastName: string) {
  const student = await newStudent();
  const steps = validSteps(setup.programme.id, setup.partner.id);
  const { id } = await fillApplication(student, setup.round.id, { ...steps, personal: { ...steps.personal, lastName } });
  await uploadApplicationPieces(student, id);
  await submitApplication(student, id, await currentVersion(id));
  return { student, id };
}

async function proposedAgreement(setup: Setup, lastName: string) {
  const student = await newStudent();
  const { id } = await startApplication(student, setup.round.id);
  await testDb().outgoingApplication.update({ where: { id }, data: { status: "NOMINATED", programmeId: setup.programme.id, firstName: "Lina", lastName } });
  await testDb().destinationChoice.create({
    data: {
      applicationId: id,
      rank: 1,
      partnerInstitutionId: setup.partner.id,
      semesters: ["AUTUMN"],
      startDate: new Date("2027-09-01"),
      endDate: new Date("2028-01-31"),
    },
  });
  const hostEmail = `host-${uniqueSuffix()}@partner.test`;
  const draft = await saveAgreementDraft(student, { applicationId: id, revision: 0, content: agreementContent(hostEmail) });
  await proposeAgreementVersion(student, { applicationId: id, versionId: draft.versionId, revision: draft.revision });
  return id;
}

const digestTo = (email: string) => testDb().capturedEmail.findMany({ where: { to: email, subject: { contains: "Erasmus+ portal" } } });

describe("the daily digest for staff", () => {
  it("lists what waits in the coordinator's scope only, each line with its link, once a day, and nothing on an empty day", async () => {
    const mine = await createRoundWithDestination();
    const theirs = await createRoundWithDestination();
    const coordinator = await createUser("DEPARTMENTAL_COORDINATOR", { departmentId: mine.department.id, locale: "en" });
    const office = await createUser("INTERNATIONAL_OFFICE", { locale: "en" });
    const suffix = uniqueSuffix();

    const fresh = await submitted(mine, `Fresh${suffix}`);
    const replacing = await submitted(mine, `Replacing${suffix}`);
    await reviewPiece(office, {
      applicationId: replacing.id,
      version: await currentVersion(replacing.id),
      kind: "MOTIVATION_LETTER",
      decision: "replace",
      comment: "Sign it.",
    });
    await uploadPiece(replacing.student, replacing.id, "MOTIVATION_LETTER", "letter-signed.pdf", bodyOf(PDF));
    const agreementApplication = await proposedAgreement(mine, `Signing${suffix}`);
    await submitted(theirs, `Elsewhere${suffix}`);

    expect(await sendStaffDigest(coordinator)).toBe(true);
    const [mail] = await waitFor(async () => ((await digestTo(coordinator.email)).length > 0 ? digestTo(coordinator.email) : null));
    expect(mail!.text).toContain(`New applications to review`);
    expect(mail!.text).toContain(`Ana Fresh${suffix} — ${mine.round.name}\n  `);
    expect(mail!.text).toContain(`/coordinator/applications/${fresh.id}\n`);
    expect(mail!.text).toContain(`Pieces replaced, to review again (1)\n- Ana Replacing${suffix}: Motivation letter`);
    expect(mail!.text).toContain(`Learning agreements to sign for the home institution (1)\n- Lina Signing${suffix}, version 1`);
    expect(mail!.text).toContain(`/coordinator/applications/${agreementApplication}/learning-agreement`);
    expect(mail!.text).not.toContain(`Elsewhere${suffix}`);
    expect(mail!.subject).toMatch(/^\d+ things wait for you in the Erasmus\+ portal$/);

    // Once a day, and the next day only what came since.
    expect(await sendStaffDigest(coordinator)).toBe(false);
    const tomorrow = new Date(Date.now() + 86_400_000);
    expect(await sendStaffDigest(coordinator, tomorrow)).toBe(false);
    await submitted(mine, `Later${suffix}`);
    const dayAfter = new Date(Date.now() + 2 * 86_400_000);
    expect(await sendStaffDigest(coordinator, dayAfter)).toBe(true);
    const later = await waitFor(async () => ((await digestTo(coordinator.email)).length === 2 ? digestTo(coordinator.email) : null));
    const second = later.find((m) => m.id !== mail!.id)!;
    expect(second.text).toContain(`Later${suffix}`);
    expect(second.text).not.toContain(`Fresh${suffix}`);
    expect(second.subject).toBe("1 thing waits for you in the Erasmus+ portal");

    // A coordinator whose department has nothing new gets no e-mail at all.
    const idle = await createUser("DEPARTMENTAL_COORDINATOR", { departmentId: (await createRoundWithDestination()).department.id });
    expect(await sendStaffDigest(idle)).toBe(false);
    expect(await testDb().staffDigest.count({ where: { userId: idle.id } })).toBe(0);
  });

  it("writes to a French coordinator in French", async () => {
    const mine = await createRoundWithDestination();
    const coordinator = await createUser("DEPARTMENTAL_COORDINATOR", { departmentId: mine.department.id, locale: "fr" });
    await submitted(mine, `Dupont${uniqueSuffix()}`);
    expect(await sendStaffDigest(coordinator)).toBe(true);
    const mail = await waitFor(() => testDb().capturedEmail.findFirst({ where: { to: coordinator.email } }));
    expect(mail.subject).toBe("1 élément vous attend dans le portail Erasmus+");
    expect(mail.text).toContain("Nouvelles candidatures à examiner (1)");
  });

  it("waits for 7:00 in Paris before sending anyone the day's digest", async () => {
    expect(await sendStaffDigests(new Date("2027-01-15T05:30:00Z"))).toBe(0);
  });
});
