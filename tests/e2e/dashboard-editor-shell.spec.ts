import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

/**
 * The dashboard's own frame (issue 18, item 4): its header instead of the public one, the search
 * across content, breadcrumbs, the menu beside the page (a disclosure on a phone), the skip link,
 * and long editor forms in sections with a table of contents. Signed in as an editor.
 */

const PRISONER = "Mukhtar Dzhakishev";
const PUBLICATION = "Mukhtar Dzhakishev released on parole";

/** The demo prisoner's editor address, found through the staff list. */
async function prisonerEditorPath(page: Page): Promise<string> {
  await page.goto(`/en/dashboard/prisoners?q=${encodeURIComponent("Dzhakishev")}`);
  const href = await page
    .getByRole("main")
    .getByRole("link", { name: PRISONER, exact: true })
    .first()
    .getAttribute("href");
  expect(href).toMatch(/^\/en\/dashboard\/prisoners\/[^/]+$/);
  return href!;
}

/** The first item's editor address in a dashboard list. */
async function firstEditorPath(page: Page, list: string): Promise<string> {
  await page.goto(`/en/dashboard/${list}`);
  const href = await page.locator("table tbody a").first().getAttribute("href");
  expect(href).toMatch(new RegExp(`^/en/dashboard/${list}/[^/]+$`));
  return href!;
}

test("a dashboard page wears its own header, and public pages keep the public one", async ({
  page,
}) => {
  await page.goto("/en/dashboard/prisoners");
  const banner = page.getByRole("banner");
  await expect(banner).toHaveCount(1);
  await expect(banner.getByRole("link", { name: "Vigil dashboard" })).toBeVisible();
  await expect(banner.getByRole("link", { name: "View public site" })).toBeVisible();
  await expect(banner.getByRole("searchbox", { name: "Search content" })).toBeVisible();
  await expect(banner.getByRole("button", { name: "Sign out", exact: true })).toBeVisible();
  await expect(banner.getByRole("navigation", { name: "Language" })).toBeVisible();
  // The public site's menu and footer are gone; the dashboard's menu is there, its section marked.
  await expect(page.getByRole("navigation", { name: "Main" })).toHaveCount(0);
  await expect(page.getByRole("contentinfo")).toHaveCount(0);
  const menu = page.getByRole("navigation", { name: "Dashboard" });
  await expect(menu.getByRole("link", { name: "Prisoners" })).toHaveAttribute(
    "aria-current",
    "page",
  );

  const publicPaths = ["/en/prisoners", "/en/no-such-page", "/en/sign-in"];
  for (const path of publicPaths) {
    // Signed out for the sign-in page, which would send a signed-in editor to the dashboard.
    if (path === "/en/sign-in") await page.context().clearCookies();
    await page.goto(path);
    await expect(page.getByRole("navigation", { name: "Main" }), path).toBeVisible();
    await expect(page.getByRole("contentinfo"), path).toBeVisible();
    await expect(page.getByRole("link", { name: "Vigil dashboard" }), path).toHaveCount(0);
  }
});

test("the header search finds a prisoner and a publication and opens their editors", async ({
  page,
}) => {
  await page.goto("/en/dashboard");
  const search = page.getByRole("banner").getByRole("searchbox", { name: "Search content" });
  await search.fill("Dzhakishev");
  await search.press("Enter");
  await expect(page).toHaveURL(/\/en\/dashboard\/search\?q=Dzhakishev$/);
  await expect(page.getByRole("main").getByRole("status")).toContainText(
    "Results for “Dzhakishev”",
  );
  await expectNoAxeViolations(page);

  const prisoners = page.getByRole("region", { name: /^Prisoners/ });
  await prisoners.getByRole("link", { name: PRISONER, exact: true }).click();
  await expect(page).toHaveURL(/\/en\/dashboard\/prisoners\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(PRISONER);

  await page.goBack();
  const publications = page.getByRole("region", { name: /^Publications/ });
  await publications.getByRole("link", { name: PUBLICATION, exact: true }).click();
  await expect(page).toHaveURL(/\/en\/dashboard\/publications\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(PUBLICATION);

  // Too short a text searches nothing and says what to do.
  await page.goto("/en/dashboard/search?q=a");
  await expect(page.getByRole("main").getByRole("status")).toContainText("at least two characters");
});

test("breadcrumbs lead from the dashboard to the page, the last marked current", async ({
  page,
}) => {
  const editor = await prisonerEditorPath(page);
  await page.goto(`${editor}/cases`);
  const trail = page.getByRole("navigation", { name: "Breadcrumb" });
  await expect(trail.getByRole("listitem")).toHaveText([
    "Dashboard",
    "›Prisoners",
    `›${PRISONER}`,
    "›Cases & charges",
  ]);
  await expect(trail.getByRole("link", { name: "Cases & charges" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await expect(trail.locator('[aria-current="page"]')).toHaveCount(1);
  await trail.getByRole("link", { name: PRISONER }).click();
  await expect(page).toHaveURL(new RegExp(`${editor}$`));

  // The dashboard home has no trail.
  await page.goto("/en/dashboard");
  await expect(page.getByRole("navigation", { name: "Breadcrumb" })).toHaveCount(0);
});

test("the skip link takes the keyboard past the header and menu to the page", async ({ page }) => {
  await page.goto("/en/dashboard/prisoners");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main#main-content")).toBeFocused();
  // The next stop is the first breadcrumb, at the top of the page.
  await page.keyboard.press("Tab");
  await expect(
    page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Dashboard" }),
  ).toBeFocused();
});

test("the table of contents of a long editor form moves to each section", async ({ page }) => {
  const editor = await prisonerEditorPath(page);
  await page.goto(editor);
  const toc = page.getByRole("navigation", { name: "On this page" });
  await expect(toc.getByRole("link")).toHaveText([
    "Identity",
    "Persecution and status",
    "Summary and biography",
    "Photo, privacy and labels",
  ]);

  const last = toc.getByRole("link", { name: "Photo, privacy and labels" });
  await last.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#section-publication$/);
  const heading = page.getByRole("heading", { level: 2, name: "Photo, privacy and labels" });
  await expect(heading).toBeInViewport();
  await expect(last).toHaveAttribute("aria-current", "location");
  // On a wide screen the contents stay in view while the form scrolls.
  await expect(toc).toBeInViewport();

  const first = toc.getByRole("link", { name: "Identity" });
  await first.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 2, name: "Identity" })).toBeInViewport();
  await expect(first).toHaveAttribute("aria-current", "location");
});

test.describe("on a 360 px wide screen without JavaScript", () => {
  test.use({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false });

  test("the dashboard menu is a disclosure that opens, and nothing overflows", async ({ page }) => {
    await page.goto("/en/dashboard/prisoners");
    const menu = page.getByRole("navigation", { name: "Dashboard" });
    const prisoners = menu.getByRole("link", { name: "Prisoners" });
    await expect(prisoners).toBeHidden();
    const toggle = menu.locator("summary");
    await expect(toggle).toHaveText("Menu");
    await toggle.focus();
    await page.keyboard.press("Enter");
    await expect(prisoners).toBeVisible();
    await expect(prisoners).toHaveAttribute("aria-current", "page");

    // The header wraps rather than pushing the page sideways.
    const overflow = await page
      .getByRole("banner")
      .evaluate((header) => header.scrollWidth - header.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test.describe("on a 360 px wide screen", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  // axe runs in the page, so not in the test above: with JavaScript off it never finishes.
  test("the dashboard with its menu open has no WCAG 2.2 AA violations", async ({ page }) => {
    await page.goto("/en/dashboard/prisoners");
    const menu = page.getByRole("navigation", { name: "Dashboard" });
    await menu.locator("summary").click();
    await expect(menu.getByRole("link", { name: "Prisoners" })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test("dashboard pages, long editor forms included, have no WCAG 2.2 AA violations", async ({
  page,
}) => {
  // Twelve pages, each rendered and checked by axe: more than the default minute on two cores.
  test.setTimeout(240_000);
  const prisoner = await prisonerEditorPath(page);
  const publication = await firstEditorPath(page, "publications");
  const letter = await firstEditorPath(page, "letters");
  const source = await firstEditorPath(page, "sources");
  for (const path of [
    "/en/dashboard",
    "/en/dashboard/prisoners",
    prisoner,
    `${prisoner}/cases`,
    `${prisoner}/political`,
    publication,
    letter,
    source,
    "/en/dashboard/review",
    "/en/dashboard/account",
    "/ru/dashboard/publications",
    prisoner.replace("/en/", "/ru/"),
  ]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 }), path).toBeVisible();
    await expectNoAxeViolations(page);
  }
});
