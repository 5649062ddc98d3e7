import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

/**
 * An editor writes a country's letter rules and a facility's "letters arrive" flag in the
 * dashboard; the "Write a letter" page of a prisoner held there shows both (issue 19 part 2).
 * Iskander Yerimbetov is held in the demo's (illustrative) Kazakh facility.
 */

const run = randomUUID().slice(0, 8);
const WRITE = "/en/prisoners/iskander-yerimbetov/write";

test("an editor's letter rules and 'letters arrive' flag show on the write page", async ({
  page,
}) => {
  await page.goto("/en/dashboard/countries/KZ");
  const rules = `Write in Russian or Kazakh (${run}).`;
  await page.locator('[name="letterRules.en"]').fill(rules);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText(/Saved/)).toBeVisible();

  await page.goto("/en/dashboard/facilities?q=demo-penal-colony-kazakhstan");
  await page.getByRole("link", { name: "Penal colony in Kazakhstan (illustrative)" }).click();
  await page.locator('[name="lettersArrive"]').selectOption("ARRIVE");
  await page.locator('[name="lettersCheckedOn"]').fill("2026-12-01");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText(/Saved/)).toBeVisible();
  await expect(page.locator('[name="lettersCheckedOn"]')).toHaveValue("2026-12-01");

  await expect
    .poll(
      async () => {
        await page.goto(WRITE);
        return page.getByRole("main").innerText();
      },
      { timeout: 15_000 },
    )
    .toContain(rules);
  await expect(page.getByTestId("letter-arrival")).toContainText(
    "Letters reach Iskander Yerimbetov. Last checked: December 1, 2026.",
  );
  // The envelope of a Kazakh facility: the recipient in Cyrillic, the postcode last.
  const lines = await page.getByTestId("envelope-address").locator("span").allInnerTexts();
  expect(lines[0]).toMatch(/Еримбетов/);
  expect(lines.at(-2)?.trim()).toBe("010000");
});
