import { beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/lib/server/db/generated/client";
import type { ApplicationStatus } from "@/lib/server/db/generated/enums";
import type { CurrentUser } from "@/lib/server/auth/session";
import { readableApplications, readableApplicationsSql } from "@/lib/server/application/access";
import { listApplications } from "@/lib/server/coordinator/list-applications";
import { filtersFromSearchParams } from "@/lib/validation/application-filters";
import { testDb, uniqueSuffix } from "../support/db";
import { createUser } from "../support/factories";
import { createRoundWithDestination, fillApplication, newStudent, validSteps } from "../support/applications";

type Setup = Awaited<ReturnType<typeof createRoundWithDestination>>;

const STATUSES: ApplicationStatus[] = ["DRAFT", "SUBMITTED", "UNDER_REVIEW", "SELECTED", "NOMINATED", "COMPLETED", "WITHDRAWN"];

let first: Setup;
let second: Setup;
let owner: CurrentUser;
let ids: string[];
let lastNames: string[];

/** One application per status in each of two programmes (two departments, two destinations). */
beforeAll(async () => {
  first = await createRoundWithDestination();
  second = await createRoundWithDestination();
  ids = [];
  lastNames = [];
  for (const [index, setup] of [first, second].entries()) {
    for (const status of STATUSES) {
      const student = await newStudent();
      owner ??= student;
      // No "_" in the names: the search for a literal "_" must find none of them.
      const lastName = `Listed${index}${status.replaceAll("_", "")}${uniqueSuffix()}`;
      const steps = validSteps(setup.programme.id, setup.partner.id, {
        personal: { firstName: "Ana", lastName, birthDate: "2003-04-05", phone: "+33 6 12 34 56 78" },
      });
      const { id } = await fillApplication(student, setup.round.id, steps);
      await testDb().outgoingApplication.update({ where: { id }, data: { status, submittedAt: status === "DRAFT" ? null : new Date() } });
      ids.push(id);
      lastNames.push(lastName);
    }
  }
}, 120_000);

async function readableBySql(user: CurrentUser): Promise<string[]> {
  const rows = await testDb().$queryRaw<Array<{ id: string }>>(
    Prisma.sql`SELECT a.id FROM "OutgoingApplication" a WHERE ${readableApplicationsSql(user)} AND a.id IN (${Prisma.join(ids)})`,
  );
  return rows.map((r) => r.id).sort();
}

async function readableByQuery(user: CurrentUser): Promise<string[]> {
  const rows = await testDb().outgoingApplication.findMany({ where: { AND: [readableApplications(user), { id: { in: ids } }] }, select: { id: true } });
  return rows.map((r) => r.id).sort();
}

describe("the dashboard's hand-written list", () => {
  it("admits exactly the applications of the access rule, for every role", async () => {
    const users = [
      owner,
      await createUser("DEPARTMENTAL_COORDINATOR", { departmentId: first.department.id }),
      await createUser("DEPARTMENTAL_COORDINATOR"),
      await createUser("INTERNATIONAL_OFFICE"),
      await createUser("ADMINISTRATOR"),
      await createUser("GRANT_COMMISSION"),
      await createUser("HOST_COORDINATOR", { partnerInstitutionId: second.partner.id }),
      await createUser("HOST_COORDINATOR"),
    ];
    const seen = new Set<number>();
    for (const user of users) {
      const expected = await readableByQuery(user);
      expect(await readableBySql(user), user.role).toEqual(expected);
      seen.add(expected.length);
    }
    // The roles see different parts: the comparison is not between empty sets.
    expect(seen.size).toBeGreaterThan(3);
  });

  it("sorts by name both ways and by programme, the id breaking ties", async () => {
    const office = await createUser("INTERNATIONAL_OFFICE");
    const names = async (params: Record<string, string>) =>
      (await listApplications(office, filtersFromSearchParams({ round: first.round.id, ...params }))).rows.map((r) => r.lastName);
    const expected = lastNames
      .slice(0, STATUSES.length)
      .filter((name) => !name.includes("DRAFT"))
      .sort();
    expect(await names({ sort: "name", dir: "asc" })).toEqual(expected);
    expect(await names({ sort: "name", dir: "desc" })).toEqual([...expected].reverse());
    const byStatus = (await listApplications(office, filtersFromSearchParams({ round: first.round.id, sort: "status", dir: "asc" }))).rows.map((r) => r.status);
    expect(byStatus).toEqual(STATUSES.filter((s) => s !== "DRAFT"));
  });

  it("searches any part of a name or e-mail and the start of a student number, taking % and _ literally", async () => {
    const office = await createUser("INTERNATIONAL_OFFICE");
    const student = await testDb().outgoingApplication.findUniqueOrThrow({
      where: { id: ids[1]! },
      select: { student: { select: { email: true, studentNumber: true } } },
    });
    const search = async (q: string) => (await listApplications(office, filtersFromSearchParams({ round: first.round.id, q }))).rows.map((r) => r.id);
    expect(await search(lastNames[1]!.slice(3).toUpperCase())).toEqual([ids[1]]);
    expect(await search(student.student.email.slice(2, -4))).toEqual([ids[1]]);
    expect(await search(student.student.studentNumber!.slice(0, 6))).toContain(ids[1]);
    expect(await search(student.student.studentNumber!.slice(2))).not.toContain(ids[1]);
    expect(await search("%")).toEqual([]);
    expect(await search("_")).toEqual([]);
  });

  it("counts per status inside the reader's scope and filters by destination", async () => {
    const coordinator = await createUser("DEPARTMENTAL_COORDINATOR", { departmentId: second.department.id });
    const list = await listApplications(coordinator, filtersFromSearchParams({ destination: second.partner.id }));
    expect(list.rows.map((r) => r.id).sort()).toEqual(ids.slice(STATUSES.length + 1).sort());
    expect(list.statusCounts).toEqual(Object.fromEntries(STATUSES.filter((s) => s !== "DRAFT").map((s) => [s, 1])));
    expect(list.rows.every((r) => r.destination === second.partner.name && r.programme === second.programme.name)).toBe(true);
    const elsewhere = await listApplications(coordinator, filtersFromSearchParams({ destination: first.partner.id }));
    expect(elsewhere.total).toBe(0);
  });
});
