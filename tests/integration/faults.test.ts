import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client } from "pg";
import { submitApplication } from "@/lib/server/application/submit-application";
import { isDatabaseUnavailable } from "@/lib/server/db/unavailable";
import { startOutboxWorker, stopOutboxWorker } from "@/lib/server/mail/outbox-worker";
import { testDb } from "../support/db";
import { startOwnDatabase } from "../support/own-database";
import { createRoundWithDestination, currentVersion, fillApplication, newStudent, uploadApplicationPieces, validSteps } from "../support/applications";

let database: Awaited<ReturnType<typeof startOwnDatabase>>;

beforeAll(async () => {
  stopOutboxWorker();
  database = await startOwnDatabase();
});

afterAll(async () => {
  await database.dispose();
  startOutboxWorker();
});

async function readyToSubmit() {
  const { programme, partner, round } = await createRoundWithDestination();
  const student = await newStudent();
  const { id } = await fillApplication(student, round.id, validSteps(programme.id, partner.id));
  await uploadApplicationPieces(student, id);
  return { student, applicationId: id, version: await currentVersion(id) };
}

/** Resolves once a session of the database sleeps inside the trigger below. */
async function untilSubmissionIsHeld(url: string): Promise<void> {
  const probe = new Client({ connectionString: url });
  await probe.connect();
  try {
    for (let i = 0; i < 200; i++) {
      const { rows } = await probe.query(`SELECT 1 FROM pg_stat_activity WHERE query LIKE 'INSERT INTO "public"."AuditEvent"%' AND wait_event = 'PgSleep'`);
      if (rows.length > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error("The submission never reached the audit insert");
  } finally {
    await probe.end();
  }
}

describe("PostgreSQL stopped in the middle of a submission", () => {
  it("fails as 'database unavailable', leaves the draft as it was, and the same submission succeeds once PostgreSQL is back", async () => {
    const { student, applicationId, version } = await readyToSubmit();
    const before = await testDb().outgoingApplication.findUniqueOrThrow({ where: { id: applicationId }, include: { choices: true, languageSkills: true } });
    const auditedBefore = await testDb().auditEvent.count({ where: { entityId: applicationId } });
    // Holds the submission after its status update and before its audit entry, so the stop lands inside the transaction.
    await testDb().$executeRawUnsafe(`
      CREATE OR REPLACE FUNCTION hold_submission() RETURNS trigger AS $$
      BEGIN
        IF NEW.action = 'application.status_changed' THEN PERFORM pg_sleep(30); END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql`);
    await testDb().$executeRawUnsafe(`CREATE TRIGGER hold_submission BEFORE INSERT ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION hold_submission()`);

    const submission = submitApplication(student, applicationId, version);
    const outcome = submission.then(
      () => "submitted",
      (error: unknown) => error,
    );
    await untilSubmissionIsHeld(database.url);
    await database.stop();
    expect(isDatabaseUnavailable(await outcome)).toBe(true);
    const whileStopped = await submitApplication(student, applicationId, version).catch((error: unknown) => error);
    expect(isDatabaseUnavailable(whileStopped)).toBe(true);

    await database.restart();
    const after = await testDb().outgoingApplication.findUniqueOrThrow({ where: { id: applicationId }, include: { choices: true, languageSkills: true } });
    expect(after).toEqual(before);
    expect(await testDb().auditEvent.count({ where: { entityId: applicationId } })).toBe(auditedBefore);
    expect(await testDb().outboxEmail.count({ where: { to: student.email } })).toBe(0);

    await testDb().$executeRawUnsafe(`DROP TRIGGER hold_submission ON "AuditEvent"`);
    expect(await submitApplication(student, applicationId, version)).toBe(version + 1);
    expect((await testDb().outgoingApplication.findUniqueOrThrow({ where: { id: applicationId } })).status).toBe("SUBMITTED");
    expect(await testDb().outboxEmail.count({ where: { to: student.email } })).toBe(1);
  });
});

describe("200 students submitting at the same moment", () => {
  it("stores every submission, each with its own student's data and e-mail", async () => {
    const prepared = [];
    const { programme, partner, round } = await createRoundWithDestination();
    for (let i = 0; i < 200; i++) {
      const student = await newStudent();
      const steps = validSteps(programme.id, partner.id, {
        personal: { firstName: "Ana", lastName: `Concurrent${i}`, birthDate: "2003-04-05", phone: "+33 6 12 34 56 78" },
      });
      const { id } = await fillApplication(student, round.id, steps);
      await uploadApplicationPieces(student, id);
      prepared.push({ student, id, lastName: `Concurrent${i}`, version: await currentVersion(id) });
    }

    const results = await Promise.allSettled(prepared.map((p) => submitApplication(p.student, p.id, p.version)));
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);

    const stored = await testDb().outgoingApplication.findMany({
      where: { roundId: round.id },
      select: { id: true, studentId: true, lastName: true, status: true },
    });
    expect(stored).toHaveLength(200);
    for (const p of prepared) {
      expect(stored.find((s) => s.id === p.id)).toEqual({ id: p.id, studentId: p.student.id, lastName: p.lastName, status: "SUBMITTED" });
      expect(await testDb().outboxEmail.count({ where: { to: p.student.email } })).toBe(1);
    }
    expect(await testDb().auditEvent.count({ where: { entityId: { in: prepared.map((p) => p.id) }, toState: "SUBMITTED" } })).toBe(200);
  }, 180_000);
});
