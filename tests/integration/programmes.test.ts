import { describe, expect, it } from "vitest";
import { saveDepartment } from "@/lib/server/programme/save-department";
import { saveProgramme } from "@/lib/server/programme/save-programme";
import { getApplicationFormOptions } from "@/lib/server/application/get-form-options";
import { ZDepartment, ZProgramme } from "@/lib/validation/programme";
import { testDb, uniqueSuffix } from "../support/db";
import { createUser } from "../support/factories";
import { createRoundWithDestination } from "../support/applications";

describe("departments and programmes", () => {
  it("are created, renamed and archived by the administrator only, each change audited, never deleted", async () => {
    const { round } = await createRoundWithDestination();
    const name = `Chimie ${uniqueSuffix()}`;
    const department = ZDepartment.parse({ name, archived: false });
    await expect(saveDepartment(await createUser("INTERNATIONAL_OFFICE"), department)).rejects.toMatchObject({ code: "forbidden" });
    const admin = await createUser("ADMINISTRATOR");
    const created = await saveDepartment(admin, department);
    await expect(saveDepartment(admin, department)).rejects.toMatchObject({ fieldErrors: { name: "validation.nameTaken" } });

    const programme = await saveProgramme(
      admin,
      ZProgramme.parse({ departmentId: created.id, name: "Master Chimie", eqfLevel: "7", iscedCode: "0531", archived: false }),
    );
    expect(await testDb().programme.findUniqueOrThrow({ where: { id: programme.id } })).toMatchObject({ eqfLevel: 7, iscedCode: "0531" });
    expect((await getApplicationFormOptions(round.id)).programmes.some((p) => p.id === programme.id)).toBe(true);

    await saveDepartment(admin, ZDepartment.parse({ id: created.id, version: 1, name: `${name} et matériaux`, archived: true }));
    await expect(saveDepartment(admin, ZDepartment.parse({ id: created.id, version: 1, name, archived: false }))).rejects.toMatchObject({
      code: "conflict",
    });
    // Its programmes are offered to no new application, and stay where applications name them.
    expect((await getApplicationFormOptions(round.id)).programmes.some((p) => p.id === programme.id)).toBe(false);
    expect(await testDb().programme.count({ where: { id: programme.id } })).toBe(1);
    const audit = await testDb().auditEvent.findMany({ where: { entityId: { in: [created.id, programme.id] } }, select: { action: true, toState: true } });
    expect(audit).toEqual(
      expect.arrayContaining([
        { action: "department.saved", toState: name },
        { action: "programme.saved", toState: "Master Chimie EQF 7 ISCED 0531" },
        { action: "department.saved", toState: `${name} et matériaux (archived)` },
      ]),
    );
  });

  it("check the EQF level and the ISCED-F code", () => {
    const result = ZProgramme.safeParse({ departmentId: "d", name: "Master", eqfLevel: "5", iscedCode: "613", archived: false });
    expect(result.success).toBe(false);
    expect(Object.fromEntries(result.error!.issues.map((i) => [i.path.join("."), i.message]))).toEqual({
      eqfLevel: "validation.eqfLevel",
      iscedCode: "validation.iscedCode",
    });
  });
});
