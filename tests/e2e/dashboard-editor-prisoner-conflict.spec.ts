import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { storageStatePath } from "./staff-paths";

/**
 * Two editors open the same profile in two browsers. The first saves; the second's save is
 * refused with the other person's change shown, and the second editor's own typing stays in the
 * form to merge. Nothing is silently overwritten.
 */

const run = randomUUID().slice(0, 8);

test("the second of two editors saving the same profile sees the conflict and keeps their text", async ({
  page: first,
  browser,
}) => {
  // Two browsers on a two-core machine: give the journey more than the default minute.
  test.setTimeout(150_000);
  await first.goto("/en/dashboard/prisoners/new");
  await first.locator('[name="name.en"]').fill(`Conflict Case ${run}`);
  await first.locator('[name="sortName"]').fill(`Case Conflict ${run}`);
  await first.locator('[name="slug"]').fill(`conflict-case-${run}`);
  await first.locator('[name="countryCode"]').selectOption("KZ");
  await first.locator('[name="status"]').selectOption("IMPRISONED");
  await first.getByRole("button", { name: "Create draft" }).click();
  await expect(first).toHaveURL(/\/en\/dashboard\/prisoners\/(?!new$)[a-z0-9]+$/);
  const url = first.url();

  // The second browser (same role, its own context) opens the same version.
  const secondContext = await browser.newContext({ storageState: storageStatePath("EDITOR") });
  const second = await secondContext.newPage();
  await second.goto(url);
  await expect(second.getByRole("button", { name: "Save", exact: true })).toBeVisible();

  await first.locator('[name="summary.en"]').fill("Moved to a penal colony in Karaganda.");
  await first.getByRole("button", { name: "Save", exact: true }).click();
  await expect(first.getByText("Saved: version 2.")).toBeVisible();

  const mine = "Transferred to another prison, according to his lawyer.";
  await second.locator('[name="summary.en"]').fill(mine);
  await second.getByRole("button", { name: "Save", exact: true }).click();
  // The conflict panel (a region named by its heading) compares both versions side by side.
  const notice = second.getByRole("region", { name: /while you were editing/ });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText("Moved to a penal colony in Karaganda.");
  await expect(notice).toContainText(mine);
  await expect(second.locator('[name="summary.en"]')).toHaveValue(mine);
  await expectNoAxeViolations(second);

  // Having seen the other change, the second editor merges and saves on top of it.
  await second
    .locator('[name="summary.en"]')
    .fill("Moved to a penal colony in Karaganda; his lawyer reports another transfer.");
  await second.getByRole("button", { name: "Save", exact: true }).click();
  await expect(second.getByText("Saved: version 3.")).toBeVisible();
  await secondContext.close();
});
