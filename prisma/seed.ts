/*
 * The demo data, written through the same operations and schemas as the
 * screens (an administrator sets up the institution and invites the staff,
 * the international office registers the partners, their agreements and the
 * round), so the demo is what the portal itself would make. Run it with the
 * react-server condition (`npm run db:seed`), as the operations are server-only.
 */
import { hashPassword } from "../lib/server/auth/password";
import type { CurrentUser } from "../lib/server/auth/session";
import { createDatabaseClient, type Database } from "../lib/server/db/create-client";
import { provideDatabaseClient } from "../lib/server/db/client";
import { updateHomeInstitution } from "../lib/server/institution/update-home-institution";
import { saveDepartment } from "../lib/server/programme/save-department";
import { saveProgramme } from "../lib/server/programme/save-programme";
import { savePartner } from "../lib/server/partner/save-partner";
import { saveAgreement } from "../lib/server/agreement/save-agreement";
import { saveGradingTable } from "../lib/server/end-of-stay/save-grading-table";
import { HOME_OWNER } from "../lib/server/end-of-stay/grading-tables-for";
import { ZGradingTableForm } from "../lib/validation/end-of-stay";
import { proposedDestinations } from "../lib/server/agreement/proposed-destinations";
import { saveRound } from "../lib/server/round/save-round";
import { saveRoundDestinations } from "../lib/server/round/save-destinations";
import { createStaffInvitation } from "../lib/server/staff/invite-staff";
import { openStaffInvitation } from "../lib/server/staff/staff-invitation-link";
import { joinFromInvitation } from "../lib/server/staff/join-from-invitation";
import { createStudentAccount } from "../lib/server/user/create-student-account";
import { ZHomeInstitution } from "../lib/validation/institution";
import { ZDepartment, ZProgramme } from "../lib/validation/programme";
import { ZPartner } from "../lib/validation/partner";
import { ZAgreement } from "../lib/validation/agreement";
import { ZRound } from "../lib/validation/round-setup";
import { ZStaffInvitation } from "../lib/validation/staff";
import type { StaffRole } from "../lib/domain/staff";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEPARTMENTS, EXTRA_AGREED_SUBJECTS, HOME_INSTITUTION, PARTNER_INSTITUTIONS } from "./seed-data";
import { IMT_MINES_ALES_FACTSHEET } from "./factsheet-seed";

const DAY = 24 * 60 * 60 * 1000;
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

function academicYearStartingAfter(date: Date): string {
  const year = date.getUTCMonth() >= 8 ? date.getUTCFullYear() + 1 : date.getUTCFullYear();
  return `${year}-${year + 1}`;
}

/** The home institution's fact sheet, seeded from the host school's document unless the office already has one. */
async function ensureFactSheet(db: Database): Promise<void> {
  const erasmusCode = IMT_MINES_ALES_FACTSHEET.institution.erasmusCode;
  if (await db.factSheet.findUnique({ where: { erasmusCode } })) return;
  await db.factSheet.create({ data: { erasmusCode, content: IMT_MINES_ALES_FACTSHEET } });
}

/** A staff account as an invitation accepted with the demo password makes it. */
async function joinStaff(
  db: Database,
  account: Omit<(typeof DEMO_ACCOUNTS)[number], "role"> & { role: StaffRole },
  scope: { departmentId?: string; partnerInstitutionId?: string },
  invitedById: string | null,
  passwordHash: string,
): Promise<CurrentUser> {
  const invitation = ZStaffInvitation.parse({
    email: account.email,
    name: account.name,
    role: account.role,
    departmentId: scope.departmentId ?? "",
    partnerInstitutionId: scope.partnerInstitutionId ?? "",
    // The partner's coordinator (in Uppsala) reads English; the home staff French.
    locale: account.role === "HOST_COORDINATOR" ? "en" : "fr",
  });
  return db.$transaction(async (tx) => {
    const { token } = await createStaffInvitation(tx, invitation, invitedById);
    const opened = await openStaffInvitation(token, tx);
    if (!opened.ok) throw new Error(`the demo invitation of ${account.email} did not open: ${opened.refusal}`);
    const user = await joinFromInvitation(tx, opened.invitation, { passwordHash });
    return {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      locale: invitation.locale,
      departmentId: scope.departmentId ?? null,
      partnerInstitutionId: scope.partnerInstitutionId ?? null,
    };
  });
}

const staffAccount = (role: StaffRole) => {
  const account = DEMO_ACCOUNTS.find((a) => a.role === role);
  if (!account) throw new Error(`no demo account for ${role}`);
  return { ...account, role };
};

/** Seeds the demo data once; returns false when the database already had it. */
export async function seedDemoData(db: Database, now = new Date()): Promise<boolean> {
  provideDatabaseClient(db);
  await ensureFactSheet(db);
  // The demo student is written last: when they exist, the whole demo does.
  const students = DEMO_ACCOUNTS.filter((a) => a.role === "STUDENT");
  if (await db.user.findUnique({ where: { email: students.at(-1)!.email } })) return false;
  if (await db.homeInstitution.count()) {
    throw new Error("This database holds another institution or an interrupted demo seed: start on an empty database (SEED=none keeps it as it is).");
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  // The administrator sets up the home institution, its departments and programmes.
  const admin = await joinStaff(db, staffAccount("ADMINISTRATOR"), {}, null, passwordHash);
  await updateHomeInstitution(admin, ZHomeInstitution.parse({ ...HOME_INSTITUTION, version: 1 }));
  const departmentIds = new Map<string, string>();
  for (const department of DEPARTMENTS) {
    const { id } = await saveDepartment(admin, ZDepartment.parse({ name: department.name, archived: false }));
    departmentIds.set(department.name, id);
    for (const programme of department.programmes) await saveProgramme(admin, ZProgramme.parse({ ...programme, departmentId: id, archived: false }));
  }
  const coordinator = staffAccount("DEPARTMENTAL_COORDINATOR");
  const office = await joinStaff(db, staffAccount("INTERNATIONAL_OFFICE"), {}, admin.id, passwordHash);
  await joinStaff(db, coordinator, { departmentId: departmentIds.get(coordinator.department!) }, admin.id, passwordHash);
  await joinStaff(db, staffAccount("GRANT_COMMISSION"), {}, admin.id, passwordHash);

  // The international office registers the partners and their agreements, signed for the demo round's year and the two after it.
  const academicYear = academicYearStartingAfter(now);
  const first = Number(academicYear.slice(0, 4));
  const partnerIds = new Map<string, string>();
  for (const partner of PARTNER_INSTITUTIONS) {
    const contacts = partner.contacts.map((c) => ({ ...c, locale: "en" }));
    const { id } = await savePartner(office, ZPartner.parse({ ...partner, languagesOfInstruction: partner.languagesOfInstruction.join(", "), contacts }));
    partnerIds.set(partner.erasmusCode, id);
    const languages: readonly string[] = partner.languagesOfInstruction;
    const language = { languageCode: languages.includes("en") ? "en" : languages[0]!, languageLevel: "B2" };
    const subjects = [{ iscedCode: "0613", eqfLevels: [6, 7] }, ...(EXTRA_AGREED_SUBJECTS[partner.erasmusCode] ?? [])];
    const conditions = subjects.flatMap((subject, index) => [
      { ...subject, ...language, direction: "OUTGOING", studentsPerYear: index === 0 ? 6 : 1, monthsPerStudent: 5, departmentId: "" },
      { ...subject, ...language, direction: "INCOMING", studentsPerYear: 2, monthsPerStudent: 5, departmentId: "" },
    ]);
    await saveAgreement(
      office,
      ZAgreement.parse({
        partnerInstitutionId: id,
        firstAcademicYear: academicYear,
        lastAcademicYear: `${first + 2}-${first + 3}`,
        status: "SIGNED",
        conditions,
      }),
    );
  }

  // The grading tables the recognition converts between: the school's A–E scale and Uppsala's 5–3, for the software programmes (EQF 7, ISCED 0613).
  for (const [owner, grades] of [
    [HOME_OWNER, "A;60\nB;150\nC;180\nD;120\nE;90"],
    [partnerIds.get("S UPPSALA01")!, "5;120\n4;260\n3;300"],
  ] as const) {
    await saveGradingTable(office, ZGradingTableForm.parse({ owner, eqfLevel: "7", iscedCode: "0613", grades }));
  }

  // The round is always open relative to the day it is seeded, its destinations taken from the agreements.
  const round = await saveRound(
    office,
    ZRound.parse({
      name: `Erasmus+ ${academicYear}`,
      academicYear,
      semesters: ["AUTUMN", "SPRING"],
      opensOn: isoDay(new Date(now.getTime() - 30 * DAY)),
      lastDay: isoDay(new Date(now.getTime() + 90 * DAY)),
      afterSelectionDue: "",
      beforeDepartureDue: "",
      learningAgreementChangeDays: 35,
    }),
  );
  await saveRoundDestinations(office, { roundId: round.id, version: 1, destinations: await proposedDestinations(academicYear) });

  const host = staffAccount("HOST_COORDINATOR");
  await joinStaff(db, host, { partnerInstitutionId: partnerIds.get(host.partnerErasmusCode!) }, admin.id, passwordHash);
  for (const student of students) {
    await db.$transaction((tx) =>
      createStudentAccount(
        tx,
        { email: student.email, name: student.name, studentNumber: student.studentNumber ?? null, passwordHash, locale: "fr" },
        "e-mail link",
      ),
    );
  }
  return true;
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  const db = createDatabaseClient(url);
  const seeded = await seedDemoData(db);
  console.log(seeded ? "Demo data seeded." : "Demo data already present.");
  await db.$disconnect();
}

if (process.argv[1]?.endsWith("seed.ts")) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
