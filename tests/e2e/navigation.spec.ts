import { expect, test } from "@playwright/test";

const sections = [
  { link: "Prisoners", path: "/en/prisoners" },
  { link: "Letters", path: "/en/letters" },
  { link: "News", path: "/en/news" },
  { link: "Reports", path: "/en/reports" },
  { link: "About", path: "/en/about" },
  { link: "Home", path: "/en" },
];

test("the main navigation leads to every section and marks the current one", async ({ page }) => {
  await page.goto("/en/about");
  const nav = page.getByRole("navigation", { name: "Main" });

  for (const section of sections) {
    await nav.getByRole("link", { name: section.link, exact: true }).click();

    await expect(page).toHaveURL(new RegExp(`${section.path}$`));
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(nav.getByRole("link", { name: section.link, exact: true })).toHaveAttribute(
      "aria-current",
      "page",
    );
  }
});

test("a prisoner can be reached from the directory", async ({ page }) => {
  await page.goto("/en/prisoners");

  await page.getByRole("link", { name: "Mukhtar Dzhakishev" }).click();

  await expect(page).toHaveURL(/\/en\/prisoners\/mukhtar-dzhakishev$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mukhtar Dzhakishev");
});

test("switching the language keeps the page and its query", async ({ page }) => {
  // A cached page (a clean address): its links get the query once the browser runs
  // (components/layout/locale-switcher.tsx); the click waits for that.
  await page.goto("/en/prisoners?country=kz");
  const switcher = page.getByRole("navigation", { name: "Language" });
  await expect(switcher.getByRole("link", { name: "English" })).toHaveAttribute(
    "aria-current",
    "true",
  );
  const russian = switcher.getByRole("link", { name: "Русский" });
  await expect(russian).toHaveAttribute("href", /\/ru\/prisoners\?country=kz$/);

  await russian.click();

  await expect(page).toHaveURL(/\/ru\/prisoners\?country=kz$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(page.getByRole("navigation", { name: "Разделы сайта" })).toBeVisible();

  const english = page.getByRole("navigation", { name: "Язык" }).getByRole("link", {
    name: "English",
  });
  await expect(english).toHaveAttribute("href", /\/en\/prisoners\?country=kz$/);
  await english.click();
  await expect(page).toHaveURL(/\/en\/prisoners\?country=kz$/);
});

test("a directory address written another way is redirected to its clean, cached one", async ({
  page,
}) => {
  // No empty field: the page rendered per request would redirect that itself.
  const answer = await page.goto("/en/prisoners?page=1&country=KZ");

  expect(answer?.status()).toBe(200);
  await expect(page).toHaveURL(/\/en\/prisoners\?country=kz$/);
  expect(answer?.headers()["x-nextjs-cache"]).toMatch(/HIT|STALE|MISS/);
});

test("a prisoner's page reads in Russian with the Russian name", async ({ page }) => {
  await page.goto("/ru/prisoners/mukhtar-dzhakishev");

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Мухтар Джакишев");
});

test("the skip link is the first stop of the keyboard and moves focus to the content", async ({
  page,
}) => {
  await page.goto("/en/letters");

  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");

  await expect(page.locator("main#main-content")).toBeFocused();
});

test("an unknown address answers 404 with the site's own page", async ({ page }) => {
  const response = await page.goto("/en/no-such-page");

  expect(response?.status()).toBe(404);
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
});
