import { expect, test } from "@playwright/test";
import { readPublishedFigures } from "./database";

test("the site address leads to a locale's home page", async ({ page }) => {
  await page.goto("/");

  await expect(page).toHaveURL(/\/en$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Documenting political prisoners",
  );
});

const homes = [
  {
    locale: "en",
    h1: "Documenting political prisoners",
    sections: ["Key figures", "Latest publications", "Open letters"],
    documented: "Prisoners documented",
  },
  {
    locale: "ru",
    h1: "Документируем политические преследования",
    sections: ["Ключевые цифры", "Последние публикации", "Открытые письма"],
    documented: null,
  },
] as const;

for (const home of homes) {
  test(`the ${home.locale} home page shows the documented content from the database`, async ({
    page,
  }) => {
    await page.goto(`/${home.locale}`);

    await expect(page.locator("html")).toHaveAttribute("lang", home.locale);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(home.h1);
    for (const section of home.sections) {
      await expect(page.getByRole("heading", { level: 2, name: section })).toBeVisible();
    }
    // The figure comes from the database: the demo's nine people, and any profile other tests
    // have published since. A publication refreshes the cached page within seconds.
    const figures = page.locator("dl");
    await expect(async () => {
      const { documented } = await readPublishedFigures();
      expect(documented).toBeGreaterThanOrEqual(9);
      await page.reload();
      await expect(figures.locator("dd").first()).toHaveText(
        new RegExp(`^\\s*${documented}\\s*$`),
        {
          timeout: 1_000,
        },
      );
    }).toPass({ timeout: 20_000 });
    if (home.documented) await expect(figures.getByText(home.documented)).toBeVisible();
  });
}

test("the home page lists the latest publications and the open petition", async ({ page }) => {
  await page.goto("/en");

  const publications = page.getByRole("region", { name: "Latest publications" });
  await expect(publications.getByRole("link").first()).toBeVisible();
  const letters = page.getByRole("region", { name: "Open letters" });
  await expect(letters.getByRole("link", { name: /Demo petition/ })).toBeVisible();
});
