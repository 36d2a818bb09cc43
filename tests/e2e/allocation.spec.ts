import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { createDatabaseClient } from "@/lib/server/db/create-client";
import { DEMO_PASSWORD } from "../../prisma/seed-data";
import { DEMO, signIn, uniqueStudent } from "./support/accounts";
import { expectAccessible } from "./support/axe";
import { mailTo } from "./support/mail";
import { screenshotBothWidths } from "./support/screenshots";

/**
 * A round of its own (years far ahead, closed: no other test picks it) with
 * two partners of one place each, and three candidates whose application
 * pieces the coordinators already accepted: the state a round is in when its
 * selection starts. Made in the database, as the people under test here
 * are the office and the students answering.
 */
async function roundReadyForSelection() {
  const db = createDatabaseClient(process.env.DATABASE_URL!);
  try {
    const stamp = randomBytes(3).toString("hex");
    const { passwordHash } = await db.user.findUniqueOrThrow({ where: { email: DEMO.student }, omit: { passwordHash: false } });
    const partners = await Promise.all(
      ["Lisboa", "Porto", "Coimbra"].map((city) =>
        db.partnerInstitution.create({
          data: {
            name: `Universidade de ${city} ${stamp}`,
            contacts: { create: [{ name: `${city} office`, email: `${city.toLowerCase()}-${stamp}@partner.test`, role: "INCOMING_OFFICE" }] },
            erasmusCode: `P ${city.toUpperCase()}${stamp.replace(/\d/g, "X").toUpperCase()}01`,
            countryCode: "PT",
            city,
            languagesOfInstruction: ["pt", "en"],
          },
        }),
      ),
    );
    const round = await db.applicationRound.create({
      data: {
        name: `Erasmus+ 2070-2071 ${stamp}`,
        academicYear: "2070-2071",
        semesters: ["AUTUMN"],
        opensAt: new Date("2026-01-01"),
        deadline: new Date("2026-02-01"),
        destinations: { create: partners.map((p) => ({ partnerInstitutionId: p.id, places: 1 })) },
      },
    });
    const programme = await db.programme.findFirstOrThrow({ where: { name: "Ingénieur Intelligence artificielle et génie logiciel" } });
    // Ana is the best on record and wants Lisboa; Bruno wants Lisboa then Porto; Carla wants Porto.
    const wishes = [
      { first: "Ana", average: 18, choices: [0] },
      { first: "Bruno", average: 16, choices: [0, 1] },
      { first: "Carla", average: 14, choices: [1] },
    ];
    const students = [];
    for (const wish of wishes) {
      const person = uniqueStudent(wish.first);
      const user = await db.user.create({
        data: { email: person.email, name: `${wish.first} ${stamp}`, role: "STUDENT", locale: "en", passwordHash, studentNumber: person.studentNumber },
      });
      const application = await db.outgoingApplication.create({
        data: {
          studentId: user.id,
          roundId: round.id,
          programmeId: programme.id,
          firstName: wish.first,
          lastName: stamp,
          status: "SUBMITTED",
          applicationPiecesState: "ACCEPTED",
          gradeAverage: wish.average,
          submittedAt: new Date(),
          choices: {
            create: wish.choices.map((index, rank) => ({
              rank: rank + 1,
              partnerInstitutionId: partners[index]!.id,
              semesters: ["AUTUMN"],
              startDate: new Date("2070-09-01"),
              endDate: new Date("2070-12-20"),
            })),
          },
        },
      });
      students.push({ email: person.email, name: `${wish.first} ${stamp}`, applicationId: application.id });
    }
    return { round, partners: partners.map((p) => p.name), students, stamp };
  } finally {
    await db.$disconnect();
  }
}

test("the office ranks and allocates the places, moves a candidate by hand and confirms; a student declines, and the next on the list is offered the place and accepts; the office nominates him to the partner", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const { round, partners, students, stamp } = await roundReadyForSelection();
  const [lisboa, porto, coimbra] = partners as [string, string, string];
  const [ana, bruno, carla] = students as [(typeof students)[0], (typeof students)[0], (typeof students)[0]];

  // The office, in French: the ranking follows the averages, the proposal gives Lisboa to Ana and Porto to Bruno.
  const office = await (await browser.newContext()).newPage();
  await signIn(office, DEMO.internationalOffice);
  await office.getByRole("button", { name: "Français" }).click();
  await expect(office.getByRole("link", { name: "Appels" })).toBeVisible();
  await office.goto(`/coordinator/rounds/${round.id}/selection`);
  await expect(office.getByRole("heading", { level: 1 })).toHaveText(`Sélection — ${round.name}`);
  await expect(office.getByTestId("ranked-candidate")).toHaveText([
    new RegExp(`^1Ana ${stamp}`),
    new RegExp(`^2Bruno ${stamp}`),
    new RegExp(`^3Carla ${stamp}`),
  ]);
  const places = office.getByTestId("candidate-place");
  await expect(places).toHaveText([
    new RegExp(`Ana ${stamp}${lisboa}`),
    new RegExp(`Bruno ${stamp}${porto}`),
    new RegExp(`Carla ${stamp}Pas de place${porto} \\(n° 1\\)`),
  ]);
  await expectAccessible(office, "selection in French");
  await screenshotBothWidths(office, "selection-fr");

  // Carla to Porto by hand: refused while Bruno holds it; Bruno out of the proposal first, with the reason.
  const move = office.locator("form", { has: office.getByRole("button", { name: "Déplacer dans la proposition" }) });
  await move.getByLabel("Candidat").selectOption({ label: `3. Carla ${stamp}` });
  await move.getByLabel("Destination").selectOption({ label: porto });
  await move.getByLabel("Motif (gardé dans le journal)").fill("Accord bilatéral : Porto demande une spécialiste des réseaux");
  await move.getByRole("button", { name: "Déplacer dans la proposition" }).click();
  await expect(office.getByText("Cette destination n'a plus de place dans la proposition")).toBeVisible();
  await move.getByLabel("Candidat").selectOption({ label: `2. Bruno ${stamp}` });
  await move.getByLabel("Destination").selectOption({ label: "Pas de place" });
  await move.getByLabel("Motif (gardé dans le journal)").fill("Reporte sa mobilité d'un semestre");
  await move.getByRole("button", { name: "Déplacer dans la proposition" }).click();
  await expect(office.getByText("Proposition modifiée.")).toBeVisible();
  await move.getByLabel("Candidat").selectOption({ label: `3. Carla ${stamp}` });
  await move.getByLabel("Destination").selectOption({ label: porto });
  await move.getByLabel("Motif (gardé dans le journal)").fill("Accord bilatéral : Porto demande une spécialiste des réseaux");
  await move.getByRole("button", { name: "Déplacer dans la proposition" }).click();
  await expect(places.nth(2)).toContainText(porto);
  await expect(places.nth(1)).toContainText(`${lisboa} (n° 1), ${porto} (n° 1)`);

  office.once("dialog", (dialog) => dialog.accept());
  await office.getByRole("button", { name: "Confirmer l'attribution" }).click();
  // The button goes with the proposal once the page refreshes: the page's own words say it is confirmed.
  await expect(office.getByText(/^Attribution confirmée le/)).toBeVisible();
  await expect(places.nth(1)).toContainText("Liste d'attente");

  // Ana sees her place and why, then declines it.
  const first = await (await browser.newContext()).newPage();
  await signIn(first, ana.email, DEMO_PASSWORD);
  await first.goto(`/student/applications/${ana.applicationId}`);
  const place = first.getByTestId("student-place");
  await expect(place).toContainText(`A place at ${lisboa} is offered to you.`);
  await expect(place).toContainText("Your rank in the selection: 1.");
  await expectAccessible(first, "student's offered place");
  await screenshotBothWidths(first, "student-offered-place");
  first.once("dialog", (dialog) => {
    expect(dialog.message()).toContain("The place goes at once to the next candidate");
    void dialog.accept();
  });
  await first.getByRole("button", { name: "Decline the place" }).click();
  await expect(first.getByTestId("application-status")).toHaveText("Withdrawn");

  // Bruno, first on Lisboa's list, is offered it at once and e-mailed; he accepts.
  const [offerMail] = await mailTo(browser, bruno.email, "An Erasmus+ place is offered to you");
  expect(offerMail!.body).toContain(lisboa);
  const second = await (await browser.newContext()).newPage();
  await signIn(second, bruno.email, DEMO_PASSWORD);
  await second.goto(`/student/applications/${bruno.applicationId}`);
  await expect(second.getByTestId("student-place")).toContainText(`A place at ${lisboa} is offered to you.`);
  await second.getByRole("button", { name: `Accept my place at ${lisboa}` }).click();
  await expect(second.getByTestId("student-place")).toContainText(`You accepted your place at ${lisboa}.`);

  // The office sees the places as they stand: Bruno accepted Lisboa, Carla is offered Porto.
  await office.reload();
  await expect(places.filter({ hasText: `Bruno ${stamp}` })).toContainText(`Acceptée : ${lisboa}`);
  await expect(places.filter({ hasText: `Carla ${stamp}` })).toContainText(`Proposée : ${porto}`);
  await expect(office.getByText(/^Attribution confirmée le/)).toBeVisible();

  // The office nominates Bruno, who accepted, to Lisboa: its registered contact receives the list as PDF and CSV.
  await office.getByRole("button", { name: "Nominer les étudiants qui ont accepté" }).click();
  await expect(office.getByText("1 étudiant nominé")).toBeVisible();
  await expect(office.getByTestId("nominations")).toContainText(`${lisboa} : 1 étudiant`);
  const [nomination] = await mailTo(browser, `lisboa-${stamp}@partner.test`, `Nominations for ${round.name}`);
  expect(nomination!.body).toContain(`nominates 1 student to ${lisboa}`);
  expect(nomination!.attachments).toContain("nominations.pdf");
  expect(nomination!.attachments).toContain("nominations.csv");
  await second.reload();
  await expect(second.getByTestId("application-status")).toHaveText("Nominated to the host");

  // Coimbra's place, which nobody asked for, goes to a complementary round limited to it (opening tomorrow; removed again here).
  await expect(office.getByTestId("destination-places").filter({ hasText: coimbra })).toHaveText(new RegExp(`^${coimbra}1010`));
  await office.getByRole("button", { name: "Ouvrir un appel complémentaire pour les places restantes" }).click();
  const complementary = `${round.name} — appel complémentaire`;
  await expect(office.getByRole("heading", { level: 1 })).toHaveText(complementary);
  await expect(office.getByLabel("Places")).toHaveValue("1");
  await office.goto("/coordinator/rounds");
  await office.getByRole("button", { name: `Supprimer ${complementary}` }).click();
  await office.getByRole("button", { name: "Oui, le supprimer" }).click();
  await expect(office.getByRole("link", { name: `Paramétrer ${complementary}` })).toHaveCount(0);
  await office.getByRole("button", { name: "English" }).click();
  await expect(office.getByRole("link", { name: "Rounds" })).toBeVisible();
  await expect(carla.email).toContain("@student.test");
});

/**
 * A partner whose signed agreement splits its places between two subject
 * areas (one for software, one for engineering), another with one place,
 * and three candidates: two software engineers and a civil engineer. The
 * round has no destination yet: the office takes them from the agreements.
 */
async function roundWithSplitAgreement() {
  const db = createDatabaseClient(process.env.DATABASE_URL!);
  try {
    const stamp = randomBytes(3).toString("hex");
    // A year of its own: the only agreements that cover it are this test's.
    const first = 2100 + (parseInt(stamp, 16) % 800);
    const academicYear = `${first}-${first + 1}`;
    const { passwordHash } = await db.user.findUniqueOrThrow({ where: { email: DEMO.student }, omit: { passwordHash: false } });
    const agreed = (city: string, conditions: Array<{ iscedCode: string }>) =>
      db.partnerInstitution.create({
        data: {
          name: `Politecnico di ${city} ${stamp}`,
          erasmusCode: `I ${city.toUpperCase()}${stamp.replace(/\d/g, "X").toUpperCase()}01`,
          countryCode: "IT",
          city,
          languagesOfInstruction: ["it", "en"],
          agreements: {
            create: {
              firstAcademicYear: academicYear,
              lastAcademicYear: academicYear,
              status: "SIGNED",
              conditions: {
                create: conditions.map((c, position) => ({
                  position,
                  direction: "OUTGOING",
                  iscedCode: c.iscedCode,
                  eqfLevels: [7],
                  studentsPerYear: 1,
                  monthsPerStudent: 5,
                })),
              },
            },
          },
        },
      });
    const torino = await agreed("Torino", [{ iscedCode: "0613" }, { iscedCode: "0700" }]);
    const milano = await agreed("Milano", [{ iscedCode: "0613" }]);
    const round = await db.applicationRound.create({
      data: {
        name: `Erasmus+ ${academicYear} ${stamp}`,
        academicYear,
        semesters: ["AUTUMN"],
        opensAt: new Date("2026-01-01"),
        deadline: new Date("2026-02-01"),
      },
    });
    const software = await db.programme.findFirstOrThrow({ where: { name: "Ingénieur Intelligence artificielle et génie logiciel" } });
    const civil = await db.programme.findFirstOrThrow({ where: { name: "Ingénieur Génie civil et bâtiment durable" } });
    // Dora and Emil study software, Farid civil engineering; all want Torino first. Gino's dossier is still being reviewed: he is no candidate.
    const wishes = [
      { first: "Dora", average: 18, programme: software, choices: [torino] },
      { first: "Emil", average: 16, programme: software, choices: [torino, milano] },
      { first: "Farid", average: 14, programme: civil, choices: [torino] },
      { first: "Gino", average: 12, programme: software, choices: [milano], reviewing: true },
    ];
    const students = [];
    for (const wish of wishes) {
      const person = uniqueStudent(wish.first);
      const user = await db.user.create({
        data: { email: person.email, name: `${wish.first} ${stamp}`, role: "STUDENT", locale: "en", passwordHash, studentNumber: person.studentNumber },
      });
      const application = await db.outgoingApplication.create({
        data: {
          studentId: user.id,
          roundId: round.id,
          programmeId: wish.programme.id,
          firstName: wish.first,
          lastName: stamp,
          status: wish.reviewing ? "UNDER_REVIEW" : "SUBMITTED",
          applicationPiecesState: wish.reviewing ? "INCOMPLETE" : "ACCEPTED",
          gradeAverage: wish.average,
          submittedAt: new Date(),
          choices: {
            create: wish.choices.map((partner, rank) => ({
              rank: rank + 1,
              partnerInstitutionId: partner.id,
              semesters: ["AUTUMN"],
              startDate: new Date(`${first}-09-01`),
              endDate: new Date(`${first}-12-20`),
            })),
          },
        },
      });
      students.push({ email: person.email, applicationId: application.id });
    }
    return { round, torino: torino.name, milano: milano.name, students, stamp };
  } finally {
    await db.$disconnect();
  }
}

test("places an agreement splits by subject area stay with their students; a student placed at his second choice opens his learning agreement with that host", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const { round, torino, milano, students, stamp } = await roundWithSplitAgreement();
  const [emil, gino] = [students[1]!, students[3]!];

  // The office takes the destinations from the agreements: Torino's two places come split, one per subject area.
  const office = await (await browser.newContext()).newPage();
  await signIn(office, DEMO.internationalOffice);
  await office.goto(`/coordinator/rounds/${round.id}`);
  await office.getByRole("button", { name: "Take the 2 partners and places from the signed agreements" }).click();
  const torinoRow = office.locator("fieldset").filter({ has: office.getByLabel("Places 0613, EQF 7") });
  await expect(torinoRow.getByLabel("Places 0700, EQF 7")).toHaveValue("1");
  await expect(torinoRow.getByLabel("Places", { exact: true })).toHaveValue("2");
  await expect(torinoRow.getByText("The agreement splits these places by subject area and level")).toBeVisible();
  await expectAccessible(office, "destinations with a split");
  await torinoRow.getByLabel("Places", { exact: true }).fill("3");
  await office.getByRole("button", { name: "Save" }).last().click();
  await expect(torinoRow.getByText("The places must add up to the places of each subject area and level below.")).toBeVisible();
  await torinoRow.getByLabel("Places", { exact: true }).fill("2");
  await office.getByRole("button", { name: "Save" }).last().click();
  await expect(office.getByText("Destinations saved.")).toBeVisible();

  // In French, the selection fills each share with its own students: Emil waits for Torino's software place, although its engineering place goes to Farid.
  await office.getByRole("button", { name: "Français" }).click();
  await expect(office.getByRole("link", { name: "Appels", exact: true })).toBeVisible();
  await office.goto(`/coordinator/rounds/${round.id}/selection`);
  await expect(office.getByTestId("destination-places")).toHaveText([
    new RegExp(`^${milano}1`),
    new RegExp(`^${torino} · 0613, EQF 71`),
    new RegExp(`^${torino} · 0700, EQF 71`),
  ]);
  await expect(office.getByTestId("candidate-place")).toHaveText([
    new RegExp(`Dora ${stamp}${torino} · 0613, EQF 7`),
    new RegExp(`Emil ${stamp}${milano}.*${torino} · 0613, EQF 7 \\(n° 1\\)`),
    new RegExp(`Farid ${stamp}${torino} · 0700, EQF 7`),
  ]);
  await expectAccessible(office, "selection with shares, in French");
  // Until the places are allocated, a dossier under review may still be decided by hand; once they are, the allocation decides.
  const target = office.getByLabel("Passer à");
  await office.goto(`/coordinator/applications/${gino.applicationId}`);
  await expect(target.locator("option", { hasText: "Sélectionnée" })).toHaveCount(1);
  await office.goto(`/coordinator/rounds/${round.id}/selection`);
  office.once("dialog", (dialog) => dialog.accept());
  await office.getByRole("button", { name: "Confirmer l'attribution" }).click();
  await expect(office.getByText(/^Attribution confirmée le/)).toBeVisible();
  await office.goto(`/coordinator/applications/${gino.applicationId}`);
  await expect(target).toBeVisible();
  await expect(target.locator("option", { hasText: /^(Sélectionnée|Liste d'attente|Non retenue)$/ })).toHaveCount(0);

  // Emil accepts Milano, his second choice; his learning agreement is with Milano.
  const student = await (await browser.newContext()).newPage();
  await signIn(student, emil.email, DEMO_PASSWORD);
  await student.goto(`/student/applications/${emil.applicationId}`);
  await student.getByRole("button", { name: `Accept my place at ${milano}` }).click();
  await expect(student.getByTestId("student-place")).toContainText(`You accepted your place at ${milano}.`);
  await expect(student.getByTestId("student-place")).toContainText(`${torino} · 0613, EQF 7`);
  await student.goto(`/student/applications/${emil.applicationId}/learning-agreement`);
  await expect(student.getByTestId("agreement-host")).toHaveText(`Receiving institution: ${milano}, where your place is.`);
  await student.getByRole("button", { name: "Français" }).click();
  await expect(student.getByTestId("agreement-host")).toHaveText(`Établissement d'accueil : ${milano}, où se trouve votre place.`);
  await expectAccessible(student, "learning agreement at the allocated host, in French");
});
