import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

/**
 * An editor drafts a profile, submits it, finds it in the review queue, publishes it, and sees
 * it on the public site within seconds (publishing revalidates the public pages' cache tags).
 */

const run = randomUUID().slice(0, 8);
const name = `Erlan Editor ${run}`;
const slug = `erlan-editor-${run}`;

test("an editor publishes a profile from the review queue and it is public within seconds", async ({
  page,
}) => {
  await page.goto("/en/dashboard/prisoners/new");
  await page.locator('[name="name.en"]').fill(name);
  await page.locator('[name="sortName"]').fill(`Editor Erlan ${run}`);
  await page.locator('[name="slug"]').fill(slug);
  await page.locator('[name="countryCode"]').selectOption("KZ");
  await page.locator('[name="status"]').selectOption("IMPRISONED");
  await page.locator('[name="summary.en"]').fill("Sentenced for a post about the war.");
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page).toHaveURL(/\/en\/dashboard\/prisoners\/(?!new$)[a-z0-9]+$/);

  // The public page does not know a draft.
  const draft = await page.request.get(`/en/prisoners/${slug}`);
  expect(draft.status()).toBe(404);

  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByText(/In review/).first()).toBeVisible();

  await page.goto("/en/dashboard/review");
  await page.getByRole("link", { name }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText(/Published/).first()).toBeVisible();

  await expect
    .poll(async () => (await page.request.get(`/en/prisoners/${slug}`)).status(), {
      timeout: 15_000,
    })
    .toBe(200);
  await page.goto(`/en/prisoners/${slug}`);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
});

test("the staff list finds a profile by name and filters by state", async ({ page }) => {
  await page.goto(
    `/en/dashboard/prisoners?q=${encodeURIComponent("Erlan Editor")}&state=PUBLISHED`,
  );
  await expect(page.getByRole("heading", { level: 1, name: "Prisoners" })).toBeVisible();
  await expectNoAxeViolations(page);
});
