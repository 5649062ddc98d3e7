import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";

/**
 * What a contributor (the `contributor` project is signed in as one) may do with reference data:
 * the lists offer them the "new" link and, where a list has one, its export; an item they created
 * opens read-only, with its history link and without the delete form (editors only).
 */

const run = randomUUID().slice(0, 8);

test("a contributor sees a list's new and export links, and no export where a list has none", async ({
  page,
}) => {
  await page.goto("/en/dashboard/tags");
  await expect(page.getByRole("link", { name: "New tag" })).toHaveAttribute(
    "href",
    "/en/dashboard/tags/new",
  );
  await expect(page.getByRole("link", { name: "Download as CSV" })).toHaveAttribute(
    "href",
    "/api/dashboard/export/tags?format=csv",
  );
  await expect(page.getByRole("link", { name: "Download as JSON" })).toHaveAttribute(
    "href",
    "/api/dashboard/export/tags?format=json",
  );

  await page.goto("/en/dashboard/organisations");
  await expect(page.getByRole("link", { name: "New organisation" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Download as CSV" })).toHaveCount(0);
});

test("a contributor creates a tag, then sees it read-only with its history and without the delete form", async ({
  page,
}) => {
  await page.goto("/en/dashboard/tags/new");
  await page.locator('[name="name.en"]').fill(`Solitary confinement ${run}`);
  await page.locator('[name="name.ru"]').fill(`Одиночная камера ${run}`);
  await page.locator('[name="slug"]').fill(`solitary-confinement-${run}`);
  await page.getByRole("button", { name: "New tag" }).click();

  await expect(page).toHaveURL(/\/en\/dashboard\/tags\/([a-z0-9]+)\?created=1$/);
  const id = /\/tags\/([a-z0-9]+)\?/.exec(page.url())?.[1] ?? "";
  const main = page.getByRole("main");
  await expect(
    main.getByRole("heading", { level: 1, name: `Solitary confinement ${run}` }),
  ).toBeVisible();
  await expect(main.getByText("Created. You can go on editing it here.")).toBeVisible();
  await expect(main.getByText(/Your role can add new items here but not change/)).toBeVisible();
  await expect(main.getByRole("link", { name: "History of changes" })).toHaveAttribute(
    "href",
    `/en/dashboard/history/tag/${id}`,
  );
  await expect(main.getByText("Nothing refers to it yet.")).toBeVisible();
  await expect(main.getByText("Only editors and administrators can delete.")).toBeVisible();
  await expect(main.getByRole("button", { name: "Delete" })).toHaveCount(0);
});
