import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { connectToE2eDatabase } from "./database";

/**
 * The dashboard's preview of a profile is the public page's profile body (one component,
 * components/profile/profile-body.tsx): for a published profile, the same headings in the same
 * order, without what only the live page offers (share links, the inaccuracy report form).
 * The fixture is a NEW published profile, so that no cached page of an earlier run answers.
 */
const run = randomBytes(4).toString("hex");
const slug = `e2e-preview-${run}`;
const name = `Preview Person ${run}`;

let database: PrismaClient;
let prisonerId: string;

test.beforeAll(async () => {
  database = connectToE2eDatabase();
  // With fullyParallel, this hook can run again in the same worker: create the fixture once.
  if (prisonerId) return;
  const source = await database.source.create({
    data: { title: `Hearing report ${run}`, confidence: "REPORTED", url: "https://example.org/h" },
  });
  const prisoner = await database.prisoner.create({
    data: {
      slug,
      name: { en: name, ru: `Превью ${run}` },
      sortName: `Person Preview ${run}`,
      countryCode: "KZ",
      status: "PRETRIAL_DETENTION",
      arrestedOn: new Date("2024-03-01T00:00:00Z"),
      summary: { en: "Detained for a post." },
      state: "PUBLISHED",
      publishedAt: new Date(),
      citations: { create: [{ sourceId: source.id, field: "status" }] },
    },
  });
  prisonerId = prisoner.id;
  await database.event.create({
    data: {
      date: new Date("2024-05-01T00:00:00Z"),
      type: "HEARING",
      title: { en: `First hearing ${run}` },
      text: { en: "The court extended the detention." },
      state: "PUBLISHED",
      prisoners: { create: [{ prisonerId }] },
      citations: { create: [{ sourceId: source.id }] },
    },
  });
});

test.afterAll(async () => {
  await database?.$disconnect();
});

/** The headings of the page's main content, from the profile's name on. */
async function profileHeadings(page: Page): Promise<string[]> {
  const texts = await page.locator("main").locator("h1, h2, h3, h4").allInnerTexts();
  const headings = texts.map((text) => text.trim());
  return headings.slice(headings.indexOf(name));
}

test("the preview of a published profile shows the public page's profile", async ({ page }) => {
  await page.goto(`/en/prisoners/${slug}`);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const shown = await profileHeadings(page);
  const lastUpdated = await page.getByText(/^Last updated on /).innerText();

  await page.goto(`/en/dashboard/prisoners/${prisonerId}/preview`);
  await expect(page.getByText("Preview — not published", { exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const previewed = await profileHeadings(page);

  expect(shown).toContain(`First hearing ${run}`);
  expect(previewed).toEqual(shown.slice(0, shown.indexOf("Share this profile")));
  await expect(page.locator("main").getByText(lastUpdated, { exact: true })).toBeVisible();
  // What needs a published page is left out.
  await expect(page.getByRole("heading", { name: "Report an inaccuracy" })).toHaveCount(0);
});
