import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { createDatabaseClient } from "@/lib/server/db/create-client";
import { DEMO, signIn, uniqueStudent } from "./support/accounts";
import { expectAccessible } from "./support/axe";
import { readyToLeave, uppsalaAndProgramme } from "./support/mobility";
import { screenshotBothWidths } from "./support/screenshots";

/** A student of the demo coordinator's programme whose learning agreement is signed, for a stay in September 2071: made in the database. */
async function signedAgreementFarAhead() {
  const db = createDatabaseClient(process.env.DATABASE_URL!);
  try {
    const stamp = randomBytes(3).toString("hex");
    const { partner, programme } = await uppsalaAndProgramme(db);
    const round = await db.applicationRound.create({
      data: {
        name: `Erasmus+ 2071-2072 ${stamp}`,
        academicYear: "2071-2072",
        semesters: ["AUTUMN"],
        opensAt: new Date("2026-01-01"),
        deadline: new Date("2026-02-01"),
        destinations: { create: [{ partnerInstitutionId: partner.id, places: 1 }] },
      },
    });
    const person = uniqueStudent("Ines");
    const user = await db.user.create({
      data: { email: person.email, name: `Ines ${stamp}`, role: "STUDENT", locale: "en", studentNumber: person.studentNumber, passwordHash: "!" },
    });
    const application = await db.outgoingApplication.create({
      data: {
        studentId: user.id,
        roundId: round.id,
        programmeId: programme.id,
        firstName: "Ines",
        lastName: stamp,
        status: "LEARNING_AGREEMENT_SIGNED",
        applicationPiecesState: "ACCEPTED",
        submittedAt: new Date(),
        choices: {
          create: [{ rank: 1, partnerInstitutionId: partner.id, semesters: ["AUTUMN"], startDate: new Date("2071-09-01"), endDate: new Date("2071-12-20") }],
        },
      },
    });
    return { applicationId: application.id, stamp };
  } finally {
    await db.$disconnect();
  }
}

test("a departure months before the stay, or before the pieces it needs are accepted, is refused with the reason; no click completes the stay", async ({
  page,
}) => {
  const { applicationId } = await signedAgreementFarAhead();
  await signIn(page, DEMO.coordinator);
  await page.goto(`/coordinator/applications/${applicationId}`);
  const move = async (label: string, status: string, confirm: string) => {
    await page.getByLabel(label).selectOption(status);
    await page.getByRole("button", { name: confirm, exact: true }).click();
  };
  await move("Move to", "DEPARTED", "Confirm");
  await expect(
    page.getByText("The stay has not started: its departure or arrival can be recorded at the earliest 14 days before its first day."),
  ).toBeVisible();
  await expect(page.getByTestId("application-status")).toHaveText("Learning agreement signed");

  // In French, once the stay is near: the pieces due before departure are not accepted yet.
  const db = createDatabaseClient(process.env.DATABASE_URL!);
  const today = new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
  await db.destinationChoice.updateMany({ where: { applicationId }, data: { startDate: today } });
  await db.$disconnect();
  await page.getByRole("button", { name: "Français" }).click();
  await expect(page.getByLabel("Passer à")).toBeVisible();
  await move("Passer à", "DEPARTED", "Confirmer");
  await expect(
    page.getByText(
      "Les pièces attendues avant le départ (formulaires ECTS, contrat d'études, contrat étudiant, coordonnées bancaires, carte d'étudiant) doivent d'abord toutes être acceptées.",
    ),
  ).toBeVisible();

  // Everything due before departure accepted: the student leaves, arrives, and the stay cannot be closed before its end.
  await readyToLeave(applicationId);
  await page.reload();
  await move("Passer à", "DEPARTED", "Confirmer");
  await expect(page.getByTestId("application-status")).toHaveText("Départ effectué");
  await move("Passer à", "ARRIVED", "Confirmer");
  await expect(page.getByTestId("application-status")).toHaveText("Arrivée effectuée");
  // Nothing but the recorded recognition completes a mobility: the decision form offers no move from here.
  await expect(page.getByText("Aucune décision n'est possible depuis cet état.")).toBeVisible();
  await expect(page.getByLabel("Passer à")).toHaveCount(0);
  await expectAccessible(page, "arrived, in French");
  await screenshotBothWidths(page, "refused-move-fr");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByText("No decision is possible from this status.")).toBeVisible();
});
