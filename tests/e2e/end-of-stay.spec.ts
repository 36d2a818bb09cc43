import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { createDatabaseClient } from "@/lib/server/db/create-client";
import { hashPassword } from "@/lib/server/auth/password";
import { PROGRAMME_PRESET } from "@/lib/domain/grant/rate-table";
import { DEMO, signIn, uniqueStudent } from "./support/accounts";
import { expectAccessible } from "./support/axe";
import { linkIn, mailTo } from "./support/mail";
import { screenshotBothWidths } from "./support/screenshots";
import { uppsalaAndProgramme } from "./support/mobility";
import { agreementContent } from "../support/learning-agreement-content";
import { pdfText } from "../support/pdf-text";

test.describe.configure({ timeout: 240_000 });

/**
 * A student of the demo coordinator's programme who arrived at Uppsala, made
 * in the database: an agreed learning agreement (DV1 and DV2, 15 ECTS each;
 * one 30-ECTS semester recognised), a grant of 3,000 € for 1 Sep 2027 –
 * 31 Jan 2028 (5 months at the programme's 600 € for Sweden), the
 * certificate of enrolment accepted. The student reads French.
 */
async function arrivedAtUppsala() {
  const db = createDatabaseClient(process.env.DATABASE_URL!);
  try {
    const stamp = randomBytes(3).toString("hex");
    const { partner, programme } = await uppsalaAndProgramme(db);
    const round = await db.applicationRound.create({
      data: {
        name: `Erasmus+ 2027-2028 end of stay ${stamp}`,
        academicYear: "2027-2028",
        semesters: ["AUTUMN"],
        opensAt: new Date("2026-01-01"),
        deadline: new Date("2026-02-01"),
        grantRateTable: PROGRAMME_PRESET,
        destinations: { create: [{ partnerInstitutionId: partner.id, places: 1 }] },
      },
    });
    const person = uniqueStudent("Elsa");
    const user = await db.user.create({
      data: {
        email: person.email,
        name: `Elsa ${stamp}`,
        role: "STUDENT",
        locale: "fr",
        studentNumber: person.studentNumber,
        passwordHash: await hashPassword(person.password),
      },
    });
    const application = await db.outgoingApplication.create({
      data: {
        studentId: user.id,
        roundId: round.id,
        programmeId: programme.id,
        firstName: "Elsa",
        lastName: stamp,
        status: "ARRIVED",
        applicationPiecesState: "ACCEPTED",
        submittedAt: new Date(),
        arrivedAt: new Date(),
        choices: {
          create: [{ rank: 1, partnerInstitutionId: partner.id, semesters: ["AUTUMN"], startDate: new Date("2027-09-01"), endDate: new Date("2028-01-31") }],
        },
        pieces: { create: [{ kind: "ENROLMENT_CERTIFICATE", status: "ACCEPTED" }] },
        learningAgreement: {
          create: { versions: { create: { number: 1, kind: "FIRST", state: "AGREED", content: agreementContent(DEMO.host), contentHash: "c".repeat(64) } } },
        },
        grantDecision: { create: { rank: 1, score: 1, breakdown: {}, awarded: true, reason: "awarded", amount: 3000, amountLines: [] } },
      },
    });
    return { applicationId: application.id, student: `Elsa ${stamp}`, email: person.email, password: person.password, partnerId: partner.id };
  } finally {
    await db.$disconnect();
  }
}

/** The host's newest link of one kind for this student, from the e-mail Anna receives. */
async function hostLink(browser: Browser, subject: string): Promise<string> {
  const [mail] = await mailTo(browser, DEMO.host, subject);
  return linkIn(mail!, /\/end-of-stay\//);
}

async function askHost(coordinator: Page, request: string) {
  await coordinator.getByLabel("What to ask").selectOption({ label: request });
  await coordinator.getByRole("button", { name: "Send the link to the host" }).click();
  await expect(coordinator.getByText("The link is on its way.")).toBeVisible();
}

test("the host confirms the days and enters the grades through the e-mailed links; the coordinator converts and recognises; the student sees the final grant and the recognition", async ({
  browser,
}) => {
  const mobility = await arrivedAtUppsala();

  // The international office keeps the grading tables: the home institution's typed, Uppsala's imported from a CSV file.
  const office = await (await browser.newContext()).newPage();
  await signIn(office, DEMO.internationalOffice);
  await office.goto("/coordinator/grading-tables");
  await expect(office.getByRole("heading", { level: 1 })).toHaveText("ECTS grading tables");
  await office.getByLabel("Institution").selectOption({ label: "IMT Mines Alès (home institution)" });
  await office.getByLabel("ISCED-F field").fill("0613");
  await office.getByLabel(/^Grades, best first/).fill("16;10\n14;30\n12;-60");
  await office.getByRole("button", { name: "Save the table" }).click();
  await expect(office.getByText("Write one grade per line, best first, as grade;count — for example A;120.")).toBeVisible();
  await office.getByLabel(/^Grades, best first/).fill("16;10\n14;30\n12;60\n10;100");
  await office.getByRole("button", { name: "Save the table" }).click();
  await expect(office.getByText("Grading table saved.")).toBeVisible();
  await office.getByLabel("Institution").selectOption({ label: "Uppsala universitet" });
  await office.getByLabel("ISCED-F field").fill("0613");
  await office
    .getByLabel("Import a CSV file")
    .setInputFiles({ name: "uppsala.csv", mimeType: "text/csv", buffer: Buffer.from("grade;count\n5;10\n4;30\n3;60\nG;100\n") });
  await expect(office.getByLabel(/^Grades, best first/)).toHaveValue(/^grade;count\n5;10/);
  await office.getByRole("button", { name: "Save the table" }).click();
  await expect(office.getByText("Grading table saved.")).toBeVisible();
  await office.reload();
  await expect(office.getByRole("table", { name: /Uppsala universitet — EQF 7, ISCED 0613/ })).toContainText("5–20 %");
  await expectAccessible(office, "grading tables");
  await office.close();

  // The home coordinator asks Uppsala's registered contact to confirm the days.
  const coordinator = await (await browser.newContext()).newPage();
  await signIn(coordinator, DEMO.coordinator);
  await coordinator.goto(`/coordinator/applications/${mobility.applicationId}`);
  await expect(coordinator.getByTestId("end-of-stay")).toContainText("The host has not confirmed the stay's actual days yet.");
  await askHost(coordinator, "Confirm the stay's actual days");

  // Anna opens the link, in English as her contact language says, and confirms a stay shorter than contracted.
  const attendanceLink = await hostLink(browser, `Certificate of attendance for ${mobility.student}`);
  const host = await (await browser.newContext()).newPage();
  await host.goto(attendanceLink);
  await expect(host.getByRole("heading", { level: 1 })).toHaveText(`Certificate of attendance — ${mobility.student}`);
  await expect(host.getByText("Contracted stay: 1 September 2027 – 31 January 2028.")).toBeVisible();
  await expectAccessible(host, "host attendance page");
  await host.getByLabel("Last day of the stay").fill("2027-08-01");
  await host.getByLabel("Your name").fill("Anna Lindqvist");
  await host.getByRole("button", { name: "Confirm the dates" }).click();
  await expect(host.getByText("The end date is before the start date.")).toBeVisible();
  await host.getByLabel("Last day of the stay").fill("2027-12-20");
  await host.getByRole("button", { name: "Confirm the dates" }).click();
  await expect(host.getByText("Thank you: the dates are recorded")).toBeVisible();
  await screenshotBothWidths(host, "host-attendance");
  await host.goto(attendanceLink);
  await expect(host.getByText("This link has already been used: the answer is recorded.")).toBeVisible();

  // The transcript, through a second link; Anna reads this page in French.
  await coordinator.reload();
  await expect(coordinator.getByTestId("attendance-versions")).toContainText("Version 1: 1 September 2027 – 20 December 2027, confirmed by Anna Lindqvist");
  await askHost(coordinator, "Enter the transcript of records");
  await host.goto(await hostLink(browser, `Transcript of records for ${mobility.student}`));
  await host.getByRole("button", { name: "Français" }).click();
  await expect(host.getByRole("heading", { level: 1 })).toHaveText(`Relevé de notes — ${mobility.student}`);
  const lines = host.getByTestId("transcript-line");
  await expect(lines).toHaveCount(2);
  await lines.nth(0).getByLabel("Note").fill("4");
  await lines.nth(1).getByLabel("Note").fill("3");
  await host.getByRole("button", { name: "Ajouter un enseignement suivi pendant le séjour" }).click();
  await lines.nth(2).getByLabel("Code de l'enseignement").fill("SV1");
  await lines.nth(2).getByLabel("Enseignement", { exact: true }).fill("Swedish for beginners");
  await lines.nth(2).getByLabel("Note").fill("G");
  await lines.nth(2).getByLabel("Crédits obtenus").fill("5");
  await host.getByLabel("Votre nom").fill("Anna Lindqvist");
  await expectAccessible(host, "host transcript page, in French");
  await host.getByRole("button", { name: "Envoyer le relevé" }).click();
  await expect(host.getByText("Merci : le relevé est enregistré")).toBeVisible();
  await host.close();

  // Anna also holds a host-coordinator account: signed in, she corrects the days on the student's page, a new version.
  const hostAccount = await (await browser.newContext()).newPage();
  await signIn(hostAccount, DEMO.host);
  await hostAccount.goto(`/coordinator/applications/${mobility.applicationId}`);
  await hostAccount.getByLabel("Last day of the stay").fill("2027-12-20");
  await hostAccount.getByLabel("Your name").first().fill("Anna Lindqvist");
  await hostAccount.getByRole("button", { name: "Confirm the dates" }).click();
  await expect(hostAccount.getByText("Thank you: the dates are recorded")).toBeVisible();
  await hostAccount.close();

  // The coordinator converts with the tables and records the recognition: 30 of the 35 credits, with the reason.
  await coordinator.reload();
  await expect(coordinator.getByTestId("transcript-row")).toHaveCount(3);
  await coordinator.getByRole("link", { name: "Record the recognition" }).click();
  await expect(coordinator.getByRole("heading", { level: 1 })).toHaveText(`Recognition — ${mobility.student}`);
  await expect(coordinator.getByTestId("converted-grade")).toHaveText("Converted with the grading tables: 14 (host band 5–20 %, home band 5–20 %)");
  await expect(coordinator.getByTestId("credit-totals")).toHaveText("Credits obtained at the host: 35. Recognised: 30.");
  await expectAccessible(coordinator, "recognition form");
  await coordinator.getByRole("button", { name: "Record the recognition and complete the mobility" }).click();
  await expect(coordinator.getByText("Fewer credits are recognised than the student obtained")).toBeVisible();
  await coordinator.getByLabel("Why fewer credits are recognised than obtained (the student reads it)").fill("The Swedish course is outside the study plan.");
  await coordinator.getByRole("button", { name: "Record the recognition and complete the mobility" }).click();
  await expect(coordinator.getByText("The recognition is recorded: the mobility is completed.")).toBeVisible();
  await coordinator.goto(`/coordinator/applications/${mobility.applicationId}`);
  await expect(coordinator.getByTestId("application-status")).toHaveText("Completed");
  await expect(coordinator.getByTestId("recognition")).toContainText("30 ECTS credits");
  await screenshotBothWidths(coordinator, "coordinator-end-of-stay");
  await coordinator.close();

  // The student, in French: the days, the grades, the final grant with what to pay back, the recognition document.
  const student = await (await browser.newContext()).newPage();
  await signIn(student, mobility.email, mobility.password);
  await student.goto(`/student/applications/${mobility.applicationId}`);
  await student.getByRole("button", { name: "Français" }).click();
  await expect(student.getByTestId("application-status")).toHaveText("Terminée");
  const panel = student.getByTestId("end-of-stay");
  await expect(panel).toContainText("Version 2 : du 1 septembre 2027 au 20 décembre 2027, confirmée par Anna Lindqvist (compte du coordinateur d'accueil)");
  await expect(panel).toContainText("Version 1 : du 1 septembre 2027 au 20 décembre 2027, confirmée par Anna Lindqvist (par le lien envoyé par courriel)");
  await expect(panel).toContainText("Swedish for beginners");
  await expect(panel).toContainText("Moins de crédits reconnus qu'obtenus : The Swedish course is outside the study plan.");
  const settlement = student.getByTestId("grant-settlement");
  await expect(settlement).toContainText("Le séjour a été plus court que prévu : l'allocation est ramenée aux jours réels.");
  await expect(settlement.getByTestId("prefinancing")).toContainText(/2\s400,00\s€/);
  await expect(settlement.getByTestId("final-grant")).toContainText(/2\s200,00\s€/);
  await expect(settlement.getByTestId("to-reimburse")).toContainText(/200,00\s€/);
  await expectAccessible(student, "student end of stay, in French");
  await screenshotBothWidths(student, "student-end-of-stay");
  const download = student.waitForEvent("download");
  await student.getByRole("link", { name: "Document de reconnaissance (PDF, français)" }).click();
  const text = await pdfText(await readFile((await (await download).path())!));
  expect(text).toContain("Reconnaissance de la période d'études à l'étranger");
  expect(text).toContain("IMT Mines Alès");
  expect(text).toContain("DV1 Distributed systems");
  expect(text).toContain("Table de notation : Uppsala universitet — EQF 7, ISCED 0613");
});
