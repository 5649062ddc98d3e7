import { expect, test } from "@playwright/test";

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
    // have added since (some straight into the database, which no cache hears of), so at least 9.
    const figures = page.locator("dl");
    const documented = Number((await figures.locator("dd").first().textContent())?.trim());
    expect(documented, "people documented").toBeGreaterThanOrEqual(9);
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
