import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

/**
 * Issue 19 part 3: the prisoners directory leads to the calendar of birthdays and detention
 * anniversaries, in each language, and the link works without JavaScript.
 */

test("the directory links to this month's calendar, in English", async ({ page }) => {
  await page.goto("/en/prisoners");
  const link = page.getByRole("link", { name: /Birthdays and detention anniversaries this month/ });
  await expect(link).toHaveAttribute("href", "/en/calendar");
  await expectNoAxeViolations(page);
  await link.click();
  await expect(page).toHaveURL(/\/en\/calendar$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Birthdays and anniversaries");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the Russian directory links to the Russian calendar", async ({ page }) => {
    await page.goto("/ru/prisoners");
    const link = page.getByRole("link", { name: /Дни рождения и годовщины задержания/ });
    await expect(link).toHaveAttribute("href", "/ru/calendar");
    await link.click();
    await expect(page).toHaveURL(/\/ru\/calendar$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Дни рождения и годовщины");
  });
});
