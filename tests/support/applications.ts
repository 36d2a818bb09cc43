import type { CurrentUser } from "@/lib/server/auth/session";
import { startApplication } from "@/lib/server/application/start-application";
import { saveApplicationDraft } from "@/lib/server/application/save-draft";
import { uploadPiece } from "@/lib/server/dossier/upload-piece";
import { STEP_ORDER, type ApplicationStepKey } from "@/lib/validation/application";
import type { PieceKind } from "@/lib/domain/dossier/pieces";
import { testDb, uniqueSuffix } from "./db";
import { createUser } from "./factories";

const DAY = 86_400_000;

export const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

export function bodyOf(bytes: Uint8Array): ReadableStream<Uint8Array> {
  return new Response(bytes as Uint8Array<ArrayBuffer>).body!;
}

/** A department with one programme, a partner and a round open now (or closed, with `open: false`). */
export async function createRoundWithDestination(options: { open?: boolean } = {}) {
  const db = testDb();
  const suffix = uniqueSuffix();
  const home =
    (await db.homeInstitution.findFirst()) ??
    (await db.homeInstitution.create({ data: { name: "Home", erasmusCode: `F HOME${suffix}`, countryCode: "FR", city: "Nancy" } }));
  const department = await db.department.create({ data: { name: `Dept ${suffix}`, homeInstitutionId: home.id } });
  const programme = await db.programme.create({ data: { name: `Master ${suffix}`, eqfLevel: 7, iscedCode: "0613", departmentId: department.id } });
  const partner = await db.partnerInstitution.create({
    data: { name: `Partner ${suffix}`, erasmusCode: `S P${suffix}`, countryCode: "SE", city: "Lund", languagesOfInstruction: ["sv", "en"] },
  });
  const now = Date.now();
  const open = options.open ?? true;
  const round = await db.applicationRound.create({
    data: {
      name: `Round ${suffix}`,
      academicYear: "2027-2028",
      semesters: ["AUTUMN", "SPRING"],
      opensAt: new Date(now - 30 * DAY),
      deadline: new Date(open ? now + 30 * DAY : now - DAY),
      destinations: { create: [{ partnerInstitutionId: partner.id, places: 2 }] },
    },
  });
  return { department, programme, partner, round };
}

export function validSteps(programmeId: string, partnerId: string, overrides: Partial<Record<ApplicationStepKey, Record<string, unknown>>> = {}) {
  const steps: Record<ApplicationStepKey, Record<string, unknown>> = {
    personal: { firstName: "Ana", lastName: "Lopes", birthDate: "2003-04-05", phone: "+33 6 12 34 56 78" },
    nationality: { nationality: "PT", residenceStatus: "none" },
    studies: { programmeId, yearOfStudy: 3, creditsCompleted: 120, scholarshipHolder: false, otherEuGrant: false, fullRecognition: "yes" },
    destinations: { choices: [{ partnerInstitutionId: partnerId, semesters: ["AUTUMN"], startDate: "2027-09-01", endDate: "2028-01-31" }] },
    languages: {
      languages: [
        { language: "en", level: "B2" },
        { language: "sv", level: "A1" },
      ],
    },
    motivation: { motivation: "I want to study abroad because ".repeat(10) },
  };
  return { ...steps, ...overrides };
}

/** Fills every step of a new application; returns it with its current version. */
export async function fillApplication(student: CurrentUser, roundId: string, steps: Record<ApplicationStepKey, Record<string, unknown>>) {
  const { id } = await startApplication(student, roundId);
  let version = (await testDb().outgoingApplication.findUniqueOrThrow({ where: { id } })).version;
  for (const step of STEP_ORDER) {
    const saved = await saveApplicationDraft(student, { applicationId: id, version, step, values: steps[step], advance: true });
    if (saved.fieldErrors) throw new Error(`step ${step}: ${JSON.stringify(saved.fieldErrors)}`);
    version = saved.version;
  }
  return { id, version };
}

export async function uploadApplicationPieces(
  student: CurrentUser,
  applicationId: string,
  kinds: PieceKind[] = ["MOTIVATION_LETTER", "ACADEMIC_RECORD", "EXAM_REGISTRATION"],
) {
  for (const kind of kinds) await uploadPiece(student, applicationId, kind, `${kind}.pdf`, bodyOf(PDF));
}

/** A student who reads English, so e-mail assertions read naturally. */
export async function newStudent() {
  return createUser("STUDENT", { locale: "en" });
}

/** The application's version now: uploads and reviews move it on. */
export async function currentVersion(applicationId: string): Promise<number> {
  return (await testDb().outgoingApplication.findUniqueOrThrow({ where: { id: applicationId } })).version;
}
