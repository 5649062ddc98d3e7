import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { connectToE2eDatabase } from "./database";

/**
 * Public pages are served from the Next.js cache; an editor's save must refresh them within
 * seconds (the content store revalidates the item's cache tags after its transaction). This
 * edits a profile whose public page is already cached and watches the cached page change.
 */

const run = randomUUID().slice(0, 8);
const slug = `e2e-revalidation-${run}`;
const before = `Detained after a picket in Almaty (${run}).`;
const after = `Released to house arrest after an appeal (${run}).`;

let prisonerId = "";

test.beforeAll(async () => {
  // With fullyParallel, this hook can run again in the same worker: create the fixture once.
  if (prisonerId) return;
  const database = connectToE2eDatabase();
  try {
    const prisoner = await database.prisoner.create({
      data: {
        slug,
        name: { en: `Aigerim Revalidation ${run}` },
        sortName: `Revalidation Aigerim ${run}`,
        countryCode: "KZ",
        status: "IMPRISONED",
        summary: { en: before },
        state: "PUBLISHED",
        publishedAt: new Date(),
      },
      select: { id: true },
    });
    prisonerId = prisoner.id;
  } finally {
    await database.$disconnect();
  }
});

test("an editor's save refreshes the cached public profile within seconds", async ({ page }) => {
  const profilePath = `/en/prisoners/${slug}`;
  // The first request renders and caches the page; the second is served from the cache.
  expect((await page.request.get(profilePath)).status()).toBe(200);
  const cached = await page.request.get(profilePath);
  expect(cached.headers()["x-nextjs-cache"]).toBe("HIT");
  expect(await cached.text()).toContain(before);

  await page.goto(`/en/dashboard/prisoners/${prisonerId}`);
  const summary = page.locator('[name="summary.en"]');
  await expect(summary).toHaveValue(before);
  // Type once the form is hydrated, as a person would: text typed while React attaches can be
  // merged with the server-rendered value.
  await page.waitForLoadState("networkidle");
  await summary.fill(after);
  await expect(summary).toHaveValue(after);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText(/Saved: version \d+\./)).toBeVisible();
  await expect(summary).toHaveValue(after);
  await expect(page.getByText(/could not be saved/)).toHaveCount(0);

  await expect
    .poll(async () => (await page.request.get(profilePath)).text(), { timeout: 15_000 })
    .toContain(after);
  const refreshed = await (await page.request.get(profilePath)).text();
  expect(refreshed).not.toContain(before);
});
