import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

/**
 * A contributor (the `contributor` project is signed in as one; the invitation that made them is
 * the auth journeys' subject) drafts a profile, is told precisely what is wrong with a field
 * without losing what they typed, fills the other tabs, previews the draft and submits it for
 * review. Axe checks every prisoner page of the dashboard on the way.
 */

const run = randomUUID().slice(0, 8);
const name = `Dana Contributor ${run}`;
const slug = `dana-contributor-${run}`;

async function fillBasics(page: Page) {
  await page.locator('[name="name.en"]').fill(name);
  await page.locator('[name="name.ru"]').fill(`Дана Контрибьютор ${run}`);
  await page.locator('[name="sortName"]').fill(`Contributor Dana ${run}`);
  await page.locator('[name="slug"]').fill(slug);
  await page.locator('[name="countryCode"]').selectOption("KZ");
  await page.locator('[name="status"]').selectOption("PRETRIAL_DETENTION");
  await page.locator('[name="arrestedOn"]').fill("2025-09");
  await page.locator('[name="summary.en"]').fill("Detained after a peaceful picket.");
}

test("a contributor drafts a profile and submits it for review", async ({ page }) => {
  // A long journey with twelve axe passes: 45 s on an idle 2-core machine, more under load.
  test.setTimeout(120_000);
  await page.goto("/en/dashboard/prisoners");
  await expect(page.getByRole("heading", { level: 1, name: "Prisoners" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "New prisoner" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New prisoner profile" })).toBeVisible();
  await expectNoAxeViolations(page);

  // An impossible date: the form says which field and why, and keeps everything typed.
  await fillBasics(page);
  await page.locator('[name="birthDate"]').fill("2031-02-30");
  await page.getByRole("button", { name: "Create draft" }).click();
  const summary = page.locator(":focus");
  await expect(summary).toContainText("The form could not be saved");
  await expect(summary).toContainText("Enter a real date");
  await expect(page.locator('[name="birthDate"]')).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator('[name="name.ru"]')).toHaveValue(`Дана Контрибьютор ${run}`);
  await expectNoAxeViolations(page);

  await page.locator('[name="birthDate"]').fill("1994-02-03");
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page).toHaveURL(/\/en\/dashboard\/prisoners\/(?!new$)[a-z0-9]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
  await expectNoAxeViolations(page);
  const editorUrl = page.url();

  // Names: "add another" adds a row without saving, then the row is saved.
  await page.getByRole("link", { name: "Names" }).click();
  await expectNoAxeViolations(page);
  await page.locator('[name="nameVariants.0.value"]').fill(`Дана ${run}`);
  await page.locator('[name="nameVariants.0.script"]').selectOption("CYRILLIC");
  await page.getByRole("button", { name: "Add another name" }).click();
  await expect(page.locator('[name="nameVariants.1.value"]')).toBeVisible();
  await expect(page.locator('[name="nameVariants.0.value"]')).toHaveValue(`Дана ${run}`);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Saved: version 2.")).toBeVisible();

  // The tabs, not the breadcrumb trail, which names the current tab too.
  const tabs = page.getByRole("navigation", { name: "Parts of the profile" });
  for (const tab of ["Cases & charges", "Detentions", "Timeline", "Why political", "Internal"]) {
    await tabs.getByRole("link", { name: tab, exact: true }).click();
    await expect(tabs.getByRole("link", { name: tab, exact: true })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await expectNoAxeViolations(page);
  }

  await page.getByRole("link", { name: "Preview", exact: true }).click();
  await expect(page.getByText("Preview — not published", { exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto(editorUrl);
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByText(/In review/).first()).toBeVisible();
  // A contributor cannot publish: the move is not offered.
  await expect(page.getByRole("button", { name: "Publish" })).toHaveCount(0);
});
