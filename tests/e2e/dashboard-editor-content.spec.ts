import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

/**
 * An editor manages reference data and publications: creates a tag (after the form explained a
 * mistake and kept what was typed), writes a news item, previews it, publishes it from the
 * workflow panel and finds it on /en/news within seconds. The editors' pages pass axe, and the
 * tag form works without JavaScript.
 */

const run = randomUUID().slice(0, 8);

test("an editor creates a tag; the form explains a mistake and keeps the values", async ({
  page,
}) => {
  await page.goto("/en/dashboard/tags");
  await expect(page.getByRole("heading", { level: 1, name: "Tags" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "New tag" }).click();
  await page.locator('[name="name.ru"]').fill(`Голодовка ${run}`);
  await page.locator('[name="slug"]').fill(`Hunger Strike ${run}`);
  await page.getByRole("button", { name: "New tag" }).click();

  // The error summary takes focus and links to each field; the values stay.
  await expect(page.getByText("The form could not be saved: 2 problems.")).toBeVisible();
  await expect(page.getByRole("link", { name: /Enter the English text/ })).toBeVisible();
  await expect(page.locator('[name="name.ru"]')).toHaveValue(`Голодовка ${run}`);
  await expect(page.locator('[name="slug"]')).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);

  await page.locator('[name="name.en"]').fill(`Hunger strike ${run}`);
  await page.locator('[name="slug"]').fill(`hunger-strike-${run}`);
  await page.getByRole("button", { name: "New tag" }).click();
  await expect(page).toHaveURL(/\/en\/dashboard\/tags\/[a-z0-9]+\?created=1$/);
  await expect(page.getByRole("heading", { level: 1, name: `Hunger strike ${run}` })).toBeVisible();
  await expect(page.getByText("Translation complete")).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto(`/en/dashboard/tags?q=${run}`);
  await expect(page.getByRole("link", { name: `Hunger strike ${run}` })).toBeVisible();
});

test("an editor writes a news item, previews it, publishes it and finds it on /en/news", async ({
  page,
}) => {
  const title = `Court upholds sentence ${run}`;
  const slug = `court-upholds-sentence-${run}`;
  await page.goto("/en/dashboard/publications/new");
  await page.locator('[name="type"]').selectOption("NEWS");
  await page.locator('[name="title.en"]').fill(title);
  await page.locator('[name="title.ru"]').fill(`Суд оставил приговор в силе ${run}`);
  await page.locator('[name="slug"]').fill(slug);
  await page.locator('[name="summary.en"]').fill("The appeal court did not hear the defence.");
  await page.locator('[name="publishedOn"]').fill("2026-11-26");
  const body = page.locator('[data-rich-text-editor="body.en"] [contenteditable="true"]');
  await body.click();
  await page.keyboard.type("The hearing lasted ten minutes.");
  await page.getByRole("button", { name: "Create the draft" }).click();
  await expect(page).toHaveURL(/\/en\/dashboard\/publications\/[a-z0-9]+\?created=1$/);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expectNoAxeViolations(page);

  // The public page does not know a draft; the preview shows it as it will look.
  expect((await page.request.get(`/en/news/${slug}`)).status()).toBe(404);
  await page.getByRole("link", { name: "Preview the public page" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("The hearing lasted ten minutes.")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Back to the editor" }).click();

  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText(/is now “Published”/)).toBeVisible();

  await expect
    .poll(async () => (await page.request.get(`/en/news/${slug}`)).status(), { timeout: 15_000 })
    .toBe(200);
  await page.goto("/en/news");
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByText("The hearing lasted ten minutes.")).toBeVisible();

  await page.goto("/en/dashboard/publications?state=PUBLISHED&type=NEWS");
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await expectNoAxeViolations(page);
});

// One test per section: ten axe passes in one test came within seconds of the 60 s limit.
for (const section of ["facilities", "articles", "countries", "affiliations", "organisations"]) {
  test(`the ${section} list and its new-item form pass axe`, async ({ page }) => {
    await page.goto(`/en/dashboard/${section}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto(`/en/dashboard/${section}/new`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test("a facility is created through its form, passes axe, and is deleted after confirming", async ({
  page,
}) => {
  // A facility created through its form, then its editor with the delete form.
  await page.goto("/en/dashboard/facilities/new");
  await page.locator('[name="name.en"]').fill(`Penal colony ${run}`);
  await page.locator('[name="name.ru"]').fill(`Исправительная колония ${run}`);
  await page.locator('[name="slug"]').fill(`penal-colony-${run}`);
  await page.locator('[name="kind"]').selectOption("PENAL_COLONY");
  await page.locator('[name="countryCode"]').selectOption("KZ");
  await page.locator('[name="postalAddress"]').fill("100000, Караганда, ул. Лагерная, 1");
  await page.getByRole("button", { name: "New facility" }).click();
  await expect(page).toHaveURL(/\/en\/dashboard\/facilities\/[a-z0-9]+\?created=1$/);
  await expect(page.getByRole("heading", { name: "Delete" })).toBeVisible();
  await expect(page.locator('[name="postalAddress"]')).toHaveValue(
    "100000, Караганда, ул. Лагерная, 1",
  );
  await expectNoAxeViolations(page);

  // Deleting asks for the confirmation box, then goes back to the list.
  await page.getByRole("button", { name: "Delete", exact: true }).click();
  await expect(page.getByRole("link", { name: /Tick the box/ })).toBeVisible();
  await page.getByLabel("Yes, delete this item for good").check();
  await page.getByRole("button", { name: "Delete", exact: true }).click();
  await expect(page).toHaveURL(/\/en\/dashboard\/facilities\?deleted=1$/);
  await expect(page.getByText("The item was deleted.")).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a tag is created with a plain form post", async ({ page }) => {
    await page.goto("/en/dashboard/tags/new");
    await page.locator('[name="name.en"]').fill(`No script ${run}`);
    await page.locator('[name="slug"]').fill(`no-script-${run}`);
    await page.getByRole("button", { name: "New tag" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `No script ${run}` })).toBeVisible();
  });
});
