import { expect, type Page } from "@playwright/test";

/** On the dossier page: accepts the three application-phase pieces, one by one, as a coordinator does. */
export async function acceptApplicationPieces(coordinator: Page): Promise<void> {
  for (const kind of ["MOTIVATION_LETTER", "ACADEMIC_RECORD", "EXAM_REGISTRATION"]) {
    const piece = coordinator.locator(`[data-piece="${kind}"]`);
    await piece.getByRole("button", { name: /^Accept/ }).click();
    await expect(piece.getByText("Accepted", { exact: true })).toBeVisible();
  }
}

/** On the dossier page: moves the application to `status` and waits for the confirmation. */
export async function decide(coordinator: Page, status: string): Promise<void> {
  await coordinator.getByLabel("Move to").selectOption(status);
  await coordinator.getByRole("button", { name: "Confirm" }).click();
  await expect(coordinator.getByText("Status changed.")).toBeVisible();
}
