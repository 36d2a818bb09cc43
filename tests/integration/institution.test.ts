import { describe, expect, it } from "vitest";
import { updateHomeInstitution } from "@/lib/server/institution/update-home-institution";
import { getHomeInstitution } from "@/lib/server/institution/get-home-institution";
import { notify } from "@/lib/server/mail/notify";
import { deliverSoon } from "@/lib/server/mail/outbox";
import { ZHomeInstitution } from "@/lib/validation/institution";
import { testDb, uniqueSuffix } from "../support/db";
import { createUser, waitFor } from "../support/factories";
import { createRoundWithDestination } from "../support/applications";

describe("the home institution", () => {
  it("is edited by the administrator only, with the version read; its name then signs every e-mail", async () => {
    await createRoundWithDestination();
    const before = (await getHomeInstitution())!;
    const input = ZHomeInstitution.parse({
      ...before,
      erasmusCode: "f  testhome01",
      schacCode: before.schacCode ?? "",
      website: before.website ?? "",
      name: `Université ${uniqueSuffix()}`,
    });
    for (const role of ["INTERNATIONAL_OFFICE", "STUDENT"] as const) {
      await expect(updateHomeInstitution(await createUser(role), input)).rejects.toMatchObject({ code: "forbidden" });
    }
    const admin = await createUser("ADMINISTRATOR");
    try {
      expect(await updateHomeInstitution(admin, input)).toEqual({ version: before.version + 1 });
      await expect(updateHomeInstitution(admin, input)).rejects.toMatchObject({ code: "conflict" });
      expect((await getHomeInstitution())!.name).toBe(input.name);
      const audit = await testDb().auditEvent.findFirstOrThrow({
        where: { entityId: before.id, action: "institution.updated" },
        orderBy: { createdAt: "desc" },
      });
      expect(audit.reason).toBe(before.erasmusCode === "F TESTHOME01" ? "name" : "name, erasmusCode");

      const to = `signature-${uniqueSuffix()}@test.invalid`;
      await testDb().$transaction((tx) => notify(tx, { email: to, locale: "en" }, "staffInvitation", { name: "X", inviter: "Y", link: "https://x", days: 7 }));
      deliverSoon();
      const mail = await waitFor(() => testDb().capturedEmail.findFirst({ where: { to } }));
      expect(mail.text).toContain(`The international office — ${input.name}\n`);
      expect(mail.text).not.toContain("{portalUrl}");
    } finally {
      await testDb().homeInstitution.update({ where: { id: before.id }, data: { name: before.name, erasmusCode: before.erasmusCode } });
    }
  });
});
