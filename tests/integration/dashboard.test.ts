import { afterEach, describe, expect, it, onTestFinished } from "vitest";
import { startOutboxWorker, stopOutboxWorker } from "@/lib/server/mail/outbox-worker";
import { listApplications } from "@/lib/server/coordinator/list-applications";
import { exportApplicationsCsv } from "@/lib/server/coordinator/export-applications";
import { getApplication } from "@/lib/server/application/get-application";
import { submitApplication } from "@/lib/server/application/submit-application";
import { decideApplication, decideApplications } from "@/lib/server/application/decide-application";
import { reviewPiece } from "@/lib/server/dossier/review-piece";
import { openDossierFile } from "@/lib/server/dossier/open-file";
import { buildDossierZip } from "@/lib/server/dossier/build-dossier-zip";
import { addNote } from "@/lib/server/coordinator/add-note";
import { listNotes } from "@/lib/server/coordinator/list-notes";
import { getGrantDecision } from "@/lib/server/grant/get-grant-decision";
import { getWithdrawal } from "@/lib/server/grant/get-withdrawal";
import { getTimeline } from "@/lib/server/application/timeline";
import { deliverDueEmails, deliveryFinished } from "@/lib/server/mail/outbox";
import { useSmtpUrl } from "@/lib/server/mail/transport";
import { sendPieceReminders } from "@/lib/server/dossier/send-piece-reminders";
import { filtersFromSearchParams } from "@/lib/validation/application-filters";
import type { PieceKind } from "@/lib/domain/dossier/pieces";
import { testDb, uniqueSuffix } from "../support/db";
import { createUser, waitFor } from "../support/factories";
import { createRoundWithDestination, currentVersion, fillApplication, newStudent, uploadApplicationPieces, validSteps } from "../support/applications";

const APPLICATION_PIECES: PieceKind[] = ["MOTIVATION_LETTER", "ACADEMIC_RECORD", "EXAM_REGISTRATION"];

async function submittedApplication(overrides: { lastName?: string } = {}) {
  const setup = await createRoundWithDestination();
  const student = await newStudent();
  const steps = validSteps(setup.programme.id, setup.partner.id);
  steps.personal = { ...steps.personal, lastName: overrides.lastName ?? `Student${uniqueSuffix()}` };
  const { id } = await fillApplication(student, setup.round.id, steps);
  await uploadApplicationPieces(student, id);
  const submitted = await submitApplication(student, id, await currentVersion(id));
  const coordinator = await createUser("DEPARTMENTAL_COORDINATOR", { departmentId: setup.department.id });
  return { ...setup, student, id, version: submitted, coordinator };
}

async function acceptAll(user: Awaited<ReturnType<typeof createUser>>, id: string) {
  for (const kind of APPLICATION_PIECES) {
    await reviewPiece(user, { applicationId: id, version: await currentVersion(id), kind, decision: "accept", comment: "" });
  }
}

/** Accepts the pieces, selects and nominates the application to its host, as its coordinator. */
async function nominate(app: Awaited<ReturnType<typeof submittedApplication>>) {
  await acceptAll(app.coordinator, app.id);
  for (const to of ["SELECTED", "NOMINATED"] as const) {
    await decideApplication(app.coordinator, { applicationId: app.id, version: await currentVersion(app.id), to, reason: "" });
  }
}

afterEach(() => useSmtpUrl(undefined));

describe("who sees what", () => {
  it("shows a departmental coordinator the applications of their own programmes only, through every route", async () => {
    const mine = await submittedApplication();
    const theirs = await submittedApplication();
    expect(await getApplication(mine.coordinator, mine.id)).not.toBeNull();
    expect(await getApplication(mine.coordinator, theirs.id)).toBeNull();
    const list = await listApplications(mine.coordinator, filtersFromSearchParams({}));
    expect(list.rows.map((r) => r.id)).toContain(mine.id);
    expect(list.rows.map((r) => r.id)).not.toContain(theirs.id);
    const file = await testDb().storedFile.findFirstOrThrow({ where: { piece: { applicationId: theirs.id } } });
    expect(await openDossierFile(mine.coordinator, file.id)).toBeNull();
    expect(await buildDossierZip(mine.coordinator, theirs.id)).toBeNull();
    expect(await getTimeline(mine.coordinator, theirs.id)).toEqual([]);
    await expect(addNote(mine.coordinator, { applicationId: theirs.id, body: "peek" })).rejects.toMatchObject({ code: "not_found" });
    await expect(
      reviewPiece(mine.coordinator, { applicationId: theirs.id, version: theirs.version, kind: "MOTIVATION_LETTER", decision: "accept", comment: "" }),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(
      decideApplication(mine.coordinator, { applicationId: theirs.id, version: theirs.version, to: "UNDER_REVIEW", reason: "" }),
    ).rejects.toMatchObject({ code: "not_found" });
    const csv = await exportApplicationsCsv(mine.coordinator, filtersFromSearchParams({}), "en");
    expect(csv).not.toContain(theirs.student.email);
  });

  it("shows the international office every submitted application but no draft", async () => {
    const submitted = await submittedApplication();
    const office = await createUser("INTERNATIONAL_OFFICE");
    expect(await getApplication(office, submitted.id)).not.toBeNull();
    const other = await createRoundWithDestination();
    const drafter = await newStudent();
    const draft = await fillApplication(drafter, other.round.id, validSteps(other.programme.id, other.partner.id));
    expect(await getApplication(office, draft.id)).toBeNull();
  });

  it("shows the grant commission only selected candidates, and lets it decide nothing here", async () => {
    const app = await submittedApplication();
    const commission = await createUser("GRANT_COMMISSION");
    expect(await getApplication(commission, app.id)).toBeNull();
    await acceptAll(app.coordinator, app.id);
    await decideApplication(app.coordinator, { applicationId: app.id, version: await currentVersion(app.id), to: "SELECTED", reason: "" });
    expect(await getApplication(commission, app.id)).not.toBeNull();
    await expect(
      decideApplication(commission, { applicationId: app.id, version: await currentVersion(app.id), to: "NOMINATED", reason: "" }),
    ).rejects.toMatchObject({ code: "forbidden" });
  });

  it("keeps internal notes from the student", async () => {
    const app = await submittedApplication();
    await addNote(app.coordinator, { applicationId: app.id, body: "Strong candidate, check the language level." });
    expect((await listNotes(app.coordinator, app.id)).map((n) => n.body)).toEqual(["Strong candidate, check the language level."]);
    await expect(listNotes(app.student, app.id)).rejects.toMatchObject({ code: "not_found" });
  });

  it("keeps internal notes from the grant commission and the host, who read the selected application but are not its home reviewers", async () => {
    const app = await submittedApplication();
    await addNote(app.coordinator, { applicationId: app.id, body: "For the home reviewers only." });
    await nominate(app);
    const commission = await createUser("GRANT_COMMISSION");
    const host = await createUser("HOST_COORDINATOR", { partnerInstitutionId: app.partner.id });
    for (const outsider of [commission, host]) {
      expect(await getApplication(outsider, app.id), outsider.role).not.toBeNull();
      await expect(listNotes(outsider, app.id)).rejects.toMatchObject({ code: "not_found" });
      await expect(addNote(outsider, { applicationId: app.id, body: "peek" })).rejects.toMatchObject({ code: "not_found" });
      expect((await getApplication(outsider, app.id))!.can.review, outsider.role).toBe(false);
    }
    expect((await listNotes(await createUser("INTERNATIONAL_OFFICE"), app.id)).map((n) => n.body)).toEqual(["For the home reviewers only."]);
  });
});

describe("the host institution's view", () => {
  it("is the nomination and the learning agreement, never the home dossier: no piece, file, note, grant, withdrawal or export", async () => {
    const app = await submittedApplication();
    await addNote(app.coordinator, { applicationId: app.id, body: "Home only." });
    await nominate(app);
    await testDb().grantDecision.create({
      data: { applicationId: app.id, rank: 1, score: 1, breakdown: {}, awarded: true, reason: "awarded", amount: 1200, amountLines: [] },
    });
    const host = await createUser("HOST_COORDINATOR", { partnerInstitutionId: app.partner.id });

    const view = (await getApplication(host, app.id))!;
    expect(view.answers).toMatchObject({ lastName: expect.any(String), scholarshipHolder: null, otherEuGrant: null, fullRecognition: null, motivation: null });
    expect(view).toMatchObject({ pieces: {}, checklist: [], bankDetails: null, form: {} });
    expect(view.can).toMatchObject({ review: false, readHomeDossier: false });

    const files = await testDb().storedFile.findMany({ where: { piece: { applicationId: app.id } }, select: { id: true } });
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(await openDossierFile(host, file.id)).toBeNull();
    expect(await buildDossierZip(host, app.id)).toBeNull();
    expect(await getGrantDecision(host, app.id)).toBeNull();
    expect(await getWithdrawal(host, app.id)).toBeNull();
    await expect(listNotes(host, app.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(exportApplicationsCsv(host, filtersFromSearchParams(new URLSearchParams()), "en")).rejects.toMatchObject({ code: "forbidden" });
    const list = await listApplications(host, filtersFromSearchParams(new URLSearchParams(`q=${view.answers.lastName}`)));
    expect(list.can.readHomeDossier).toBe(false);
    expect(list.rows.map((r) => [r.id, r.scholarshipHolder])).toEqual([[app.id, null]]);

    // The home office, for comparison, reads all of it.
    const office = await createUser("INTERNATIONAL_OFFICE");
    expect(await getGrantDecision(office, app.id)).not.toBeNull();
    expect(await openDossierFile(office, files[0]!.id)).not.toBeNull();
  });
});

describe("reviewing a dossier", () => {
  it("refuses a selection until every application-phase piece is accepted", async () => {
    const app = await submittedApplication();
    await expect(decideApplication(app.coordinator, { applicationId: app.id, version: app.version, to: "SELECTED", reason: "" })).rejects.toMatchObject({
      code: "refused",
      detail: "pieces_not_accepted",
    });
    await acceptAll(app.coordinator, app.id);
    await decideApplication(app.coordinator, { applicationId: app.id, version: await currentVersion(app.id), to: "SELECTED", reason: "" });
    expect((await getApplication(app.student, app.id))?.status).toBe("SELECTED");
  });

  it("never withdraws through the decision form: a withdrawal is declared, with its record and what is owed", async () => {
    const app = await submittedApplication();
    const decision = { applicationId: app.id, version: app.version, to: "WITHDRAWN" as const, reason: "through the decision form" };
    await expect(decideApplication(app.coordinator, decision)).rejects.toMatchObject({ code: "refused", detail: "withdrawal_not_a_decision" });
    expect(await decideApplications(app.coordinator, [{ id: app.id, version: app.version }], "WITHDRAWN", "in bulk")).toEqual([
      { id: app.id, ok: false, error: "refused", detail: "withdrawal_not_a_decision", fieldErrors: undefined },
    ]);
    const view = (await getApplication(app.coordinator, app.id))!;
    expect(view.status).toBe("SUBMITTED");
    expect(view.can.moves).not.toContain("WITHDRAWN");
    expect(view.can.declareWithdrawal).toBe(true);
    expect(await testDb().withdrawal.count({ where: { applicationId: app.id } })).toBe(0);
  });

  it("asks the student to replace a piece with a comment they read and are e-mailed", async () => {
    const app = await submittedApplication();
    await reviewPiece(app.coordinator, {
      applicationId: app.id,
      version: app.version,
      kind: "ACADEMIC_RECORD",
      decision: "replace",
      comment: "The second page is missing.",
    });
    const item = (await getApplication(app.student, app.id))!.checklist[0]!.items.find((i) => i.kind === "ACADEMIC_RECORD");
    expect(item).toMatchObject({ state: "to_replace", comment: "The second page is missing.", studentMayProvide: true });
    const mail = await waitFor(() => testDb().capturedEmail.findFirst({ where: { to: app.student.email, subject: { contains: "replaced" } } }));
    expect(mail.text).toContain("The second page is missing.");
    await expect(
      reviewPiece(app.coordinator, { applicationId: app.id, version: await currentVersion(app.id), kind: "ACADEMIC_RECORD", decision: "replace", comment: "" }),
    ).rejects.toMatchObject({ code: "invalid", fieldErrors: { comment: "validation.commentRequired" } });
  });

  it("writes each decision's e-mail with what happened, the coordinator's reason and a link to the portal", async () => {
    const app = await submittedApplication();
    await acceptAll(app.coordinator, app.id);
    await decideApplication(app.coordinator, {
      applicationId: app.id,
      version: await currentVersion(app.id),
      to: "WAITING_LIST",
      reason: "A place may free in June.",
    });
    const mail = await waitFor(() => testDb().capturedEmail.findFirst({ where: { to: app.student.email, subject: { contains: "waiting list" } } }));
    expect(mail.text).toContain("every place is taken for now");
    expect(mail.text).toContain("Your coordinator's note: A place may free in June.");
    expect(mail.text).toContain(`${process.env.NEXTAUTH_URL ?? ""}/student`);
    expect(mail.text).not.toMatch(/[{}]/);
  });

  it("records every status change and piece decision in the timeline", async () => {
    const app = await submittedApplication();
    await decideApplication(app.coordinator, { applicationId: app.id, version: app.version, to: "UNDER_REVIEW", reason: "" });
    await reviewPiece(app.coordinator, {
      applicationId: app.id,
      version: await currentVersion(app.id),
      kind: "MOTIVATION_LETTER",
      decision: "accept",
      comment: "",
    });
    const timeline = await getTimeline(app.student, app.id);
    expect(timeline.map((e) => [e.action, e.fromState, e.toState])).toEqual(
      expect.arrayContaining([
        ["application.status_changed", "DRAFT", "SUBMITTED"],
        ["application.status_changed", "SUBMITTED", "UNDER_REVIEW"],
        ["piece.accepted", "MOTIVATION_LETTER:UPLOADED", "MOTIVATION_LETTER:ACCEPTED"],
      ]),
    );
    expect(timeline.find((e) => e.toState === "UNDER_REVIEW")?.actor).toBe(app.coordinator.name);
  });

  it("tells the second of two coordinators acting at once that the dossier changed, and applies only the first", async () => {
    const app = await submittedApplication();
    const colleague = await createUser("INTERNATIONAL_OFFICE");
    const results = await Promise.allSettled([
      decideApplication(app.coordinator, { applicationId: app.id, version: app.version, to: "WAITING_LIST", reason: "" }),
      decideApplication(colleague, { applicationId: app.id, version: app.version, to: "NOT_SELECTED", reason: "No places left." }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ code: "conflict" });
    const changes = await testDb().auditEvent.count({ where: { entityId: app.id, action: "application.status_changed", fromState: "SUBMITTED" } });
    expect(changes).toBe(1);
  });

  it("refuses a decision based on a version older than a piece decision", async () => {
    const app = await submittedApplication();
    await reviewPiece(app.coordinator, { applicationId: app.id, version: app.version, kind: "MOTIVATION_LETTER", decision: "accept", comment: "" });
    await expect(decideApplication(app.coordinator, { applicationId: app.id, version: app.version, to: "UNDER_REVIEW", reason: "" })).rejects.toMatchObject({
      code: "conflict",
    });
  });

  it("changes a selection in bulk, reporting each refusal without undoing the rest", async () => {
    const a = await submittedApplication();
    const b = await submittedApplication();
    const office = await createUser("INTERNATIONAL_OFFICE");
    await acceptAll(a.coordinator, a.id);
    const outcomes = await decideApplications(
      office,
      [
        { id: a.id, version: await currentVersion(a.id) },
        { id: b.id, version: await currentVersion(b.id) },
      ],
      "SELECTED",
      "",
    );
    expect(outcomes).toEqual([
      { id: a.id, ok: true },
      { id: b.id, ok: false, error: "refused", detail: "pieces_not_accepted" },
    ]);
  });

  it("puts the current file of every piece in the dossier ZIP", async () => {
    const app = await submittedApplication();
    const dossier = await buildDossierZip(app.coordinator, app.id);
    expect(
      Object.keys(dossier!.zip.files)
        .filter((name) => !name.endsWith("/"))
        .sort(),
    ).toEqual([
      "1-application/academic_record - ACADEMIC_RECORD.pdf",
      "1-application/exam_registration - EXAM_REGISTRATION.pdf",
      "1-application/motivation_letter - MOTIVATION_LETTER.pdf",
    ]);
  });
});

describe("the list", () => {
  it("filters by status, scholarship and search term, counts per status and pages", async () => {
    const lastName = `Zed${uniqueSuffix()}`;
    const app = await submittedApplication({ lastName });
    const office = await createUser("INTERNATIONAL_OFFICE");
    const bySearch = await listApplications(office, filtersFromSearchParams({ q: lastName.toLowerCase() }));
    expect(bySearch.rows.map((r) => r.id)).toEqual([app.id]);
    const byNumber = await listApplications(office, filtersFromSearchParams({ q: app.student.email }));
    expect(byNumber.total).toBe(1);
    const filtered = await listApplications(
      office,
      filtersFromSearchParams({ round: app.round.id, status: "SUBMITTED", scholarship: "no", pieces: "COMPLETE" }),
    );
    expect(filtered.rows.map((r) => r.id)).toEqual([app.id]);
    expect(filtered.statusCounts).toEqual({ SUBMITTED: 1 });
    const none = await listApplications(office, filtersFromSearchParams({ round: app.round.id, scholarship: "yes" }));
    expect(none.total).toBe(0);
  });

  it("ignores malformed filters instead of failing", () => {
    expect(filtersFromSearchParams({ status: "HACKED", page: "-3", sort: "password", dir: "sideways" })).toMatchObject({
      status: undefined,
      page: 1,
      sort: "submittedAt",
      dir: "desc",
    });
  });

  it("exports the filtered list as Excel-friendly CSV: BOM, the reader's separator, neutralised formulas", async () => {
    const app = await submittedApplication({ lastName: '=HYPERLINK("x")' });
    const office = await createUser("INTERNATIONAL_OFFICE");
    const csv = await exportApplicationsCsv(office, filtersFromSearchParams({ round: app.round.id }), "fr");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const [header, row] = csv.slice(1).trim().split("\r\n");
    expect(header).toBe(
      "Campagne;État;Nom;Prénom;Adresse électronique;Numéro d'étudiant;Formation;Destinations, dans l'ordre de l'étudiant;Boursier·e;Pièces;Envoyée le",
    );
    expect(row).toContain(`;Envoyée;"'=HYPERLINK(""x"")";Ana;${app.student.email};`);
    expect(row).toContain(`;1. ${app.partner.name};Non;Complètes;`);
    // The submission as the office's local date and time, the French way.
    expect(row).toMatch(/;\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
  });
});

describe("e-mail delivery", () => {
  it("keeps an e-mail in the outbox while SMTP is down and sends it once it is back", async () => {
    stopOutboxWorker();
    onTestFinished(() => startOutboxWorker());
    await deliveryFinished();
    const to = `outbox-${uniqueSuffix()}@test.invalid`;
    await testDb().outboxEmail.deleteMany({ where: { sentAt: null } });
    const queued = await testDb().outboxEmail.create({ data: { to, subject: "Retry me", text: "Body" } });
    useSmtpUrl("smtp://127.0.0.1:1");
    expect(await deliverDueEmails()).toEqual({ sent: 0, failed: 1 });
    const failed = await testDb().outboxEmail.findUniqueOrThrow({ where: { id: queued.id } });
    expect(failed).toMatchObject({ attempts: 1, sentAt: null });
    expect(failed.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
    expect(failed.lastError).toBeTruthy();

    useSmtpUrl(undefined);
    expect(await deliverDueEmails()).toEqual({ sent: 0, failed: 0 });
    await testDb().outboxEmail.update({ where: { id: queued.id }, data: { nextAttemptAt: new Date() } });
    expect(await deliverDueEmails()).toEqual({ sent: 1, failed: 0 });
    await waitFor(() => testDb().capturedEmail.findFirst({ where: { to } }));
  });

  it("keeps only who, what and when of a sent e-mail, never its text: the links in it carry working tokens", async () => {
    stopOutboxWorker();
    onTestFinished(() => startOutboxWorker());
    await deliveryFinished();
    const to = `redacted-${uniqueSuffix()}@student.test`;
    await testDb().outboxEmail.deleteMany({ where: { sentAt: null } });
    const queued = await testDb().outboxEmail.create({
      data: {
        to,
        subject: "Your link",
        text: "Sign here: https://portal.test/la/sign/secret-token",
        attachments: [{ filename: "a.pdf", contentType: "application/pdf", contentBase64: "JVBERi0=" }],
      },
    });
    expect(await deliverDueEmails()).toEqual({ sent: 1, failed: 0 });
    const sent = await testDb().outboxEmail.findUniqueOrThrow({ where: { id: queued.id } });
    expect(sent).toMatchObject({ to, subject: "Your link", text: "", html: null, attachments: null });
    expect(sent.sentAt).toBeInstanceOf(Date);
    // The receiver still got the whole message.
    const received = await waitFor(() => testDb().capturedEmail.findFirst({ where: { to } }));
    expect(received.text).toContain("/la/sign/secret-token");
  });

  it("reminds a student of missing pieces a week before the deadline, once", async () => {
    const { round, programme, partner } = await createRoundWithDestination();
    await testDb().applicationRound.update({ where: { id: round.id }, data: { deadline: new Date(Date.now() + 3 * 86_400_000) } });
    const student = await newStudent();
    await fillApplication(student, round.id, validSteps(programme.id, partner.id));
    expect(await sendPieceReminders()).toBeGreaterThanOrEqual(1);
    const mail = await waitFor(() => testDb().capturedEmail.findFirst({ where: { to: student.email, subject: { contains: "missing" } } }));
    expect(mail.text).toContain("Motivation letter");
    await sendPieceReminders();
    expect(await testDb().pieceReminder.count({ where: { application: { studentId: student.id } } })).toBe(1);
  });
});
