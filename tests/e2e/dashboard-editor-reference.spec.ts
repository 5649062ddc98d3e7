import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";

/**
 * The frame every reference list and item editor shares, as an editor sees it: the list keeps a
 * search in its "clear" link and says when an item was deleted; a country's editor (addressed by
 * its code) links back to the list and to its history, is editable and offers the delete form.
 */

const run = randomUUID().slice(0, 8);

test("a reference list offers a way to clear a search and says when an item was deleted", async ({
  page,
}) => {
  await page.goto(`/en/dashboard/facilities?q=${run}&country=KZ`);
  const main = page.getByRole("main");
  await expect(main.getByRole("link", { name: "New facility" })).toBeVisible();
  await expect(main.getByText("Nothing found.")).toBeVisible();
  await expect(main.getByRole("link", { name: "Clear the search" })).toHaveAttribute(
    "href",
    "/en/dashboard/facilities",
  );
  await expect(main.getByRole("link", { name: "Download as CSV" })).toBeVisible();

  await page.goto("/en/dashboard/countries?deleted=1");
  await expect(
    page.getByRole("main").getByText("The item was deleted. Its history of changes is kept."),
  ).toBeVisible();
});

test("an editor opens a country by its code: back and history links, no read-only notice, the delete form", async ({
  page,
}) => {
  await page.goto("/en/dashboard/countries/KZ");
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 1, name: /\(KZ\)$/ })).toBeVisible();
  // The way back is the breadcrumb (no "Back to the list" link repeats it).
  const crumbs = page.getByRole("navigation", { name: "Breadcrumb" });
  await expect(crumbs.getByRole("link", { name: "Countries" })).toHaveAttribute(
    "href",
    "/en/dashboard/countries",
  );
  await expect(main.getByRole("link", { name: "Back to the list" })).toHaveCount(0);
  await expect(main.getByRole("link", { name: "History of changes" })).toHaveAttribute(
    "href",
    "/en/dashboard/history/country/KZ",
  );
  await expect(main.getByText(/Your role can add new items here/)).toHaveCount(0);
  await expect(main.getByText(/refers? to it/)).toBeVisible();
  await expect(main.getByRole("heading", { level: 2, name: "Delete" })).toBeVisible();
  await expect(main.getByRole("button", { name: "Delete" })).toBeVisible();
});
