import { expect, test, type Page } from "@playwright/test";

/**
 * Every change the directory's live search makes (the first letter in an empty box, a filter, the
 * order, an emptied box, "Clear search and filters") is answered by the JSON results route and
 * drawn in the browser: no render of the page on the server, focus where the visitor is.
 */

const resultCount = (page: Page) =>
  page.getByRole("status").filter({ hasText: /profile|профил|ничего/i });
const results = (page: Page) =>
  page.getByRole("region", { name: /^(Results|Результаты)$/ }).getByRole("heading", { level: 3 });

/** Requests for a page's RSC payload (a render on the server) that are not a link's prefetch. */
function watchPageRenders(page: Page): string[] {
  const renders: string[] = [];
  page.on("request", (request) => {
    const headers = request.headers();
    if (headers["rsc"] && !headers["next-router-prefetch"]) renders.push(request.url());
  });
  return renders;
}

test("every change of the live search is drawn from JSON, without a page render", async ({
  page,
}) => {
  await page.goto("/en/prisoners");
  await page.waitForLoadState("networkidle");
  const renders = watchPageRenders(page);
  const answers: string[] = [];
  page.on("response", (response) => {
    if (response.url().includes("/api/directory?")) answers.push(response.url());
  });
  const search = page.getByRole("searchbox", { name: "Name" });

  // The first letters from an empty box.
  await search.fill("Sentsov");
  await expect(page).toHaveURL(/\/en\/prisoners\?q=Sentsov$/);
  await expect(results(page)).toHaveText(["Oleg Sentsov"]);
  await expect(search).toBeFocused();
  // The order's choices follow the search: "Best match" is offered now.
  await expect(page.getByLabel("Order").locator("option").first()).toHaveText("Best match first");

  // A filter, then the order.
  await page.getByText("Filters", { exact: true }).click();
  // Playwright's selectOption does not move focus: the visitor's focus is set first.
  const country = page.getByLabel("Country");
  await country.focus();
  await country.selectOption({ label: "Russia" });
  await expect(page).toHaveURL(/\?q=Sentsov&country=ru$/);
  await expect(page.getByText("(1 active)")).toBeVisible();
  await expect(country).toBeFocused();
  await page.getByLabel("Order").selectOption({ label: "Name (A–Z)" });
  await expect(page).toHaveURL(/\?q=Sentsov&country=ru&sort=name$/);

  // The box emptied: the filtered listing.
  await search.fill("");
  await expect(page).toHaveURL(/\?country=ru$/);
  await expect(resultCount(page)).toHaveText(/profiles? found$/);
  await expect(results(page)).toContainText(["Oleg Sentsov"]);

  // "Clear search and filters": the whole directory, focus back in the search box.
  await page.getByRole("link", { name: "Clear search and filters" }).click();
  await expect(page).toHaveURL(/\/en\/prisoners$/);
  await expect(page.getByLabel("Country")).toHaveValue("");
  await expect(search).toBeFocused();
  await expect(page.getByRole("link", { name: "Clear search and filters" })).toHaveCount(0);

  expect(answers.length).toBeGreaterThanOrEqual(5);
  expect(renders).toEqual([]);
});
