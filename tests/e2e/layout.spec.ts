import { expect, test } from "@playwright/test";

for (const path of ["/en", "/ru/prisoners", "/en/letters"]) {
  test(`${path} fits the screen without sideways scrolling`, async ({ page }) => {
    await page.goto(path);

    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test("the navigation is reachable on every screen size", async ({ page }) => {
  await page.goto("/en");
  const nav = page.getByRole("navigation", { name: "Main" });
  const menu = page.getByText("Menu", { exact: true });
  if (await menu.isVisible()) await menu.click();

  await nav.getByRole("link", { name: "Letters", exact: true }).click();

  await expect(page).toHaveURL(/\/en\/letters$/);
});
