import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { connectToE2eDatabase } from "./database";

/**
 * What a contributor (the `contributor` project is signed in as one) meets in a letter's editor:
 * the editors-only tabs (signatures, delivery) are not offered, and opened by address they show
 * a 403 "not allowed" page instead of an error page; a notable signatory they add is a proposal,
 * not public, with no way for them to verify it.
 */

const run = randomUUID().slice(0, 8);
const LETTER_SLUG = "eight-meps-to-president-nazarbayev-2018";
const database = connectToE2eDatabase();

test.afterAll(() => database.$disconnect());

async function letterId(): Promise<string> {
  return (await database.letter.findUniqueOrThrow({ where: { slug: LETTER_SLUG } })).id;
}

test("a contributor gets 403 on a letter's signatures and delivery tabs", async ({ page }) => {
  const id = await letterId();
  await page.goto(`/en/dashboard/letters/${id}`);
  const tabs = page.getByRole("navigation", { name: "Parts of the letter" });
  await expect(tabs.getByRole("link", { name: "Signatures" })).toHaveCount(0);
  await expect(tabs.getByRole("link", { name: "Delivery" })).toHaveCount(0);

  for (const tab of ["signatures", "delivery"]) {
    const response = await page.goto(`/en/dashboard/letters/${id}/${tab}`);
    expect(response?.status(), tab).toBe(403);
    await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Back to the dashboard" })).toBeVisible();
  }
});

test("a contributor's notable signatory is a proposal: not public, and they cannot verify it", async ({
  page,
}) => {
  const id = await letterId();
  await page.goto(`/en/dashboard/signatories/new?letter=${id}`);
  await page.getByRole("textbox", { name: /^Name/ }).fill(`Proposed Notable ${run}`);
  await page.getByRole("button", { name: "Add signatory" }).last().click();
  await expect(page.getByText("Created. You can go on editing it here.")).toBeVisible();
  await expect(page.getByText("Proposed: not public")).toBeVisible();
  await expect(page.getByRole("button", { name: "Verify", exact: true })).toHaveCount(0);

  await page.goto(`/en/letters/${LETTER_SLUG}`);
  await expect(page.getByRole("region", { name: "Notable signatories" })).toBeVisible();
  await expect(page.getByText(`Proposed Notable ${run}`)).toHaveCount(0);
});
