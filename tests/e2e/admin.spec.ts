import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { createDatabaseClient } from "@/lib/server/db/create-client";
import { DEMO, signIn } from "./support/accounts";

test("an administrator requires the international office's approval of learning agreements in a round", async ({ page }) => {
  // A round of the test's own, long closed, so that the demo round's agreements are not affected.
  const db = createDatabaseClient(process.env.DATABASE_URL!);
  const name = `Office approval round ${randomBytes(3).toString("hex")}`;
  await db.applicationRound.create({
    data: { name, academicYear: "2001-2002", semesters: ["AUTUMN"], opensAt: new Date("2001-01-01"), deadline: new Date("2001-03-01") },
  });
  await db.$disconnect();

  await signIn(page, DEMO.admin);
  // The innermost section holding the round's heading: its card.
  const round = page.locator("section", { has: page.getByRole("heading", { name: new RegExp(name) }) }).last();
  const approval = round.getByLabel("Learning agreements need the international office's approval");
  await expect(approval).not.toBeChecked();
  await approval.check();
  await round.getByRole("button", { name: "Save" }).click();
  await expect(round.getByText("Saved.")).toBeVisible();

  await page.reload();
  await expect(approval).toBeChecked();
});
