import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { expectNoAxeViolations } from "./axe";
import { connectToE2eDatabase } from "./database";

/**
 * An editor pages through the dashboard's long lists without JavaScript-only controls: the
 * review queue (numbered pages, newest first), the prisoner list and the audit log (keyset
 * pages), each saying "1–25 of N", each checked with axe. The fixture puts 30 profiles in review,
 * dated in the past so that the journeys that submit a profile still find theirs on page 1.
 */

// One worker for this file's tests, in order: with the project's fullyParallel each worker ran the
// fixture for its own run, and a second run's 300 items arriving mid-test moved the last page.
test.describe.configure({ mode: "default" });

const run = randomUUID().slice(0, 8);
const COUNT = 300;
let database: PrismaClient;
let ready = false;

test.beforeAll(async () => {
  database = connectToE2eDatabase();
  if (ready) return;
  ready = true;
  const country = await database.country.findFirstOrThrow({ select: { code: true } });
  await database.prisoner.createMany({
    data: Array.from({ length: COUNT }, (_, n) => {
      const name = `Paged Person ${run} ${String(n).padStart(3, "0")}`;
      return {
        slug: `paged-e2e-${run}-${n}`,
        name: { en: name },
        sortName: name,
        countryCode: country.code,
        status: "IMPRISONED" as const,
        summary: { en: "Waiting for review." },
        state: "IN_REVIEW" as const,
      };
    }),
  });
  // One minute apart in 2001, in the order of their numbers: 000 is the oldest.
  const pattern = `paged-e2e-${run}-%`;
  await database.$executeRaw`
    UPDATE "Prisoner" SET "updatedAt" = TIMESTAMP '2001-01-01'
      + (split_part("slug", '-', 4)::int * INTERVAL '1 minute')
    WHERE "slug" LIKE ${pattern}`;
  // Sixty entries of an action of this run's own: more than one page of the audit log.
  await database.auditLog.createMany({
    data: Array.from({ length: 60 }, (_, n) => ({
      action: `paged-e2e-${run}`,
      entityType: "Paging",
      entityId: String(n),
    })),
  });
});

test.afterAll(async () => {
  await database?.$disconnect();
});

test("the review queue is paginated with its total, and its oldest item is on the last page", async ({
  page,
}) => {
  await page.goto("/en/dashboard/review");
  await expect(page.getByRole("heading", { level: 1, name: "Review queue" })).toBeVisible();
  const pages = page.getByRole("navigation", { name: "Pages" });
  await expect(pages.getByText(/^1–25 of \d+$/)).toBeVisible();
  await expect(pages.getByRole("link", { name: "1", exact: true })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await expectNoAxeViolations(page);

  // The last numbered link is the last page: the oldest item in review is there.
  await pages.getByRole("listitem").nth(-2).getByRole("link").click();
  await expect(page).toHaveURL(/[?&]page=\d+/);
  // Other journeys may submit items meanwhile and add a page: then follow the last link again.
  if ((await pages.getByRole("link", { name: "Next page" }).count()) > 0) {
    await pages.getByRole("listitem").nth(-2).getByRole("link").click();
  }
  await expect(page.getByRole("link", { name: `Paged Person ${run} 000` })).toBeVisible();
  await expect(pages.getByRole("link", { name: "Previous page" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a page of the review queue stays small however long the queue is", async ({
  page,
}, testInfo) => {
  const response = await page.request.get("/en/dashboard/review");
  const kilobytes = (await response.body()).length / 1024;
  // Recorded for the report; 25 compact rows, where a full workflow form per item made 4.8 KB each.
  testInfo.annotations.push({ type: "review-queue-kb", description: kilobytes.toFixed(1) });
  console.log(`review queue page: ${kilobytes.toFixed(1)} KB with ${COUNT}+ items in review`);
  expect(kilobytes).toBeLessThan(200);
});

test("the prisoner list and the audit log page by keyset, with first/previous/next/last", async ({
  page,
}) => {
  await page.goto("/en/dashboard/prisoners");
  const pages = page.getByRole("navigation", { name: "Pages" });
  await expect(pages.getByText(/^1–25 of \d+$/)).toBeVisible();
  await pages.getByRole("link", { name: "Next page" }).click();
  await expect(page).toHaveURL(/[?&]after=/);
  await expect(pages.getByText(/^26–\d+ of \d+$/)).toBeVisible();
  await expectNoAxeViolations(page);
  // Back to the 25 rows before this page's first (other journeys add profiles meanwhile, so the
  // page need not be rows 1–25 any more; the integration tests pin the exact positions).
  await pages.getByRole("link", { name: "Previous page" }).click();
  await expect(page).toHaveURL(/[?&]before=/);
  await expect(pages.getByText(/^\d+–\d+ of \d+$/)).toBeVisible();

  await page.goto(`/en/dashboard/audit?action=paged-e2e-${run}`);
  await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
  await pages.getByRole("link", { name: "Last page" }).click();
  await expect(page).toHaveURL(/[?&]last=1/);
  await expect(pages.getByRole("link", { name: "First page" })).toBeVisible();
  await expect(pages.getByRole("link", { name: "Next page" })).toHaveCount(0);
  // The last page is a full page ending at the last entry, not a page-number boundary.
  await expect(pages.getByText("11–60 of 60")).toBeVisible();
  // The filter is kept on every page link.
  await expect(pages.getByRole("link", { name: "First page" })).toHaveAttribute(
    "href",
    `/en/dashboard/audit?action=paged-e2e-${run}`,
  );
  await expectNoAxeViolations(page);
});

test("the dashboard's menu links are not prefetched, in view or on hover", async ({ page }) => {
  // Sections linked only from the menu (the home page's blocks link to others).
  const menuOnly = ["publications", "letters", "sources", "tags", "media"].map(
    (section) => `/en/dashboard/${section}`,
  );
  const prefetched: string[] = [];
  page.on("request", (request) => {
    const path = new URL(request.url()).pathname;
    if (request.headers()["next-router-prefetch"] && menuOnly.includes(path)) prefetched.push(path);
  });
  await page.goto("/en/dashboard");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.getByRole("link", { name: "Sources", exact: true }).hover();
  await page.waitForTimeout(2_000);
  expect(prefetched).toEqual([]);
});
