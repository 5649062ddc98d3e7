import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { connectToE2eDatabase } from "./database";

/**
 * An editor drafts a profile, submits it, finds it in the review queue, publishes it, and sees
 * it on the public site within seconds (publishing revalidates the public pages' cache tags).
 * An editor cites sources for a status and for a fact of a published profile, and the public page
 * numbers the fact's source.
 */

const run = randomUUID().slice(0, 8);
const name = `Erlan Editor ${run}`;
const slug = `erlan-editor-${run}`;

test("an editor publishes a profile from the review queue and it is public within seconds", async ({
  page,
}) => {
  await page.goto("/en/dashboard/prisoners/new");
  await page.locator('[name="name.en"]').fill(name);
  await page.locator('[name="sortName"]').fill(`Editor Erlan ${run}`);
  await page.locator('[name="slug"]').fill(slug);
  await page.locator('[name="countryCode"]').selectOption("KZ");
  await page.locator('[name="status"]').selectOption("IMPRISONED");
  await page.locator('[name="summary.en"]').fill("Sentenced for a post about the war.");
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page).toHaveURL(/\/en\/dashboard\/prisoners\/(?!new$)[a-z0-9]+$/);

  // The public page does not know a draft.
  const draft = await page.request.get(`/en/prisoners/${slug}`);
  expect(draft.status()).toBe(404);

  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByText(/In review/).first()).toBeVisible();

  await page.goto("/en/dashboard/review");
  await page.getByRole("link", { name }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText(/Published/).first()).toBeVisible();

  await expect
    .poll(async () => (await page.request.get(`/en/prisoners/${slug}`)).status(), {
      timeout: 15_000,
    })
    .toBe(200);
  await page.goto(`/en/prisoners/${slug}`);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
});

test("the staff list finds a profile by name and filters by state", async ({ page }) => {
  await page.goto(
    `/en/dashboard/prisoners?q=${encodeURIComponent("Erlan Editor")}&state=PUBLISHED`,
  );
  await expect(page.getByRole("heading", { level: 1, name: "Prisoners" })).toBeVisible();
  await expectNoAxeViolations(page);
});

const citedSlug = `e2e-cited-${run}`;
const courtRecord = `Court record ${run}`;
const verdictCoverage = `Verdict coverage ${run}`;
let citedId = "";
let courtRecordId = "";

test.beforeAll(async () => {
  // With fullyParallel, this hook can run again in the same worker: create the fixture once.
  if (citedId) return;
  const database = connectToE2eDatabase();
  try {
    courtRecordId = (
      await database.source.create({
        data: { title: courtRecord, confidence: "CONFIRMED" },
        select: { id: true },
      })
    ).id;
    citedId = (
      await database.prisoner.create({
        data: {
          slug: citedSlug,
          name: { en: `Dana Cited ${run}` },
          sortName: `Cited Dana ${run}`,
          countryCode: "KZ",
          status: "IMPRISONED",
          statusSince: new Date("2025-03-01"),
          summary: { en: "Sentenced for reporting on a strike." },
          state: "PUBLISHED",
          publishedAt: new Date(),
          statusChanges: {
            create: { status: "IMPRISONED", effectiveOn: new Date("2025-03-01") },
          },
        },
        select: { id: true },
      })
    ).id;
  } finally {
    await database.$disconnect();
  }
});

test("an editor cites sources for a status and for the profile's status, and the public page numbers them", async ({
  page,
}) => {
  await page.goto(`/en/dashboard/prisoners/${citedId}/status`);
  await page.waitForLoadState("networkidle");
  const statusSource = page.locator('[name="statusChanges.0.citations.0.sourceId"]');
  await statusSource.selectOption(courtRecordId);
  await page.locator('[name="statusChanges.0.citations.0.locator"]').fill("p. 7");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText(/Saved: version \d+\./)).toBeVisible();
  await page.reload();
  await expect(statusSource).toHaveValue(courtRecordId);
  await expect(page.locator('[name="statusChanges.0.citations.0.locator"]')).toHaveValue("p. 7");

  await page.getByRole("link", { name: "Sources of the profile" }).click();
  await expect(page).toHaveURL(new RegExp(`/dashboard/prisoners/${citedId}/sources$`));
  await page.waitForLoadState("networkidle");
  await page.locator('[name="citations.0.field"]').selectOption("status");
  await page.locator('[name="citations.0.newTitle"]').fill(verdictCoverage);
  await page.locator('[name="citations.0.newUrl"]').fill("https://news.example/verdict");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText(/Saved: version \d+\./)).toBeVisible();
  await expect(page.getByText(/could not be saved/)).toHaveCount(0);
  await expect(page.locator('[name="citations.0.field"]')).toHaveValue("status");
  await expectNoAxeViolations(page);

  const profilePath = `/en/prisoners/${citedSlug}`;
  await expect
    .poll(async () => (await page.request.get(profilePath)).text(), { timeout: 15_000 })
    .toContain(verdictCoverage);
  await page.goto(profilePath);
  // The status line of the header carries the footnote of its source.
  const reference = page.locator("header").getByRole("link", { name: "Source 1" });
  await expect(reference).toHaveAttribute("href", "#source-1");
  await expect(page.locator("#source-1")).toContainText(verdictCoverage);
});
