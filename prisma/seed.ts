import { hashPassword } from "../lib/server/auth/password";
import { createDatabaseClient, type Database } from "../lib/server/db/create-client";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEPARTMENTS, EXTRA_AGREED_SUBJECTS, HOME_INSTITUTION, PARTNER_INSTITUTIONS } from "./seed-data";
import { IMT_MINES_ALES_FACTSHEET } from "./factsheet-seed";

const DAY = 24 * 60 * 60 * 1000;

function academicYearStartingAfter(date: Date): string {
  const year = date.getUTCMonth() >= 8 ? date.getUTCFullYear() + 1 : date.getUTCFullYear();
  return `${year}-${year + 1}`;
}

/** The host school's fact sheet, seeded from its document unless the office already has one. */
async function ensureFactSheet(db: Database): Promise<void> {
  const erasmusCode = IMT_MINES_ALES_FACTSHEET.institution.erasmusCode;
  if (await db.factSheet.findUnique({ where: { erasmusCode } })) return;
  await db.factSheet.create({ data: { erasmusCode, content: IMT_MINES_ALES_FACTSHEET } });
}

/** Seeds the demo data once; returns false when the database already had it. */
export async function seedDemoData(db: Database, now = new Date()): Promise<boolean> {
  await ensureFactSheet(db);
  if (await db.homeInstitution.findUnique({ where: { erasmusCode: HOME_INSTITUTION.erasmusCode } })) return false;

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.$transaction(async (tx) => {
    const home = await tx.homeInstitution.create({ data: HOME_INSTITUTION });
    const departmentIds = new Map<string, string>();
    for (const department of DEPARTMENTS) {
      const created = await tx.department.create({
        data: {
          name: department.name,
          homeInstitutionId: home.id,
          programmes: { create: department.programmes.map((p) => ({ ...p })) },
        },
      });
      departmentIds.set(department.name, created.id);
    }

    const partnerIds = new Map<string, string>();
    for (const partner of PARTNER_INSTITUTIONS) {
      const { contacts, ...institution } = partner;
      const created = await tx.partnerInstitution.create({
        data: { ...institution, languagesOfInstruction: [...partner.languagesOfInstruction], contacts: { create: [...contacts] } },
      });
      partnerIds.set(partner.erasmusCode, created.id);
    }

    // The demo round is always open relative to the day it is seeded.
    const academicYear = academicYearStartingAfter(now);

    // Each partner's agreement, signed for the demo round's year and the two after it: computer science both ways, and a few more subjects.
    const lastYear = `${Number(academicYear.slice(0, 4)) + 2}-${Number(academicYear.slice(0, 4)) + 3}`;
    for (const partner of PARTNER_INSTITUTIONS) {
      const languages: readonly string[] = partner.languagesOfInstruction;
      const language = languages.includes("en") ? "en" : languages[0];
      const subjects = [{ iscedCode: "0613", eqfLevels: [6, 7] }, ...(EXTRA_AGREED_SUBJECTS[partner.erasmusCode] ?? [])];
      const common = { monthsPerStudent: 5, languageCode: language, languageLevel: "B2" };
      await tx.interInstitutionalAgreement.create({
        data: {
          partnerInstitutionId: partnerIds.get(partner.erasmusCode)!,
          firstAcademicYear: academicYear,
          lastAcademicYear: lastYear,
          status: "SIGNED",
          conditions: {
            create: subjects.flatMap((subject, index) => [
              { ...common, ...subject, position: 2 * index, direction: "OUTGOING" as const, studentsPerYear: index === 0 ? 4 : 1 },
              { ...common, ...subject, position: 2 * index + 1, direction: "INCOMING" as const, studentsPerYear: 2 },
            ]),
          },
        },
      });
    }
    await tx.applicationRound.create({
      data: {
        name: `Erasmus+ ${academicYear}`,
        academicYear,
        semesters: ["AUTUMN", "SPRING"],
        opensAt: new Date(now.getTime() - 30 * DAY),
        deadline: new Date(now.getTime() + 90 * DAY),
        destinations: {
          create: [...partnerIds.values()].map((partnerInstitutionId) => ({ partnerInstitutionId, places: 4 })),
        },
      },
    });

    for (const account of DEMO_ACCOUNTS) {
      await tx.user.create({
        data: {
          email: account.email,
          name: account.name,
          role: account.role,
          passwordHash,
          studentNumber: account.studentNumber,
          departmentId: account.department ? departmentIds.get(account.department) : undefined,
          partnerInstitutionId: account.partnerErasmusCode ? partnerIds.get(account.partnerErasmusCode) : undefined,
        },
      });
    }
  });
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
