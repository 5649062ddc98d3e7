import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { expectNoAxeViolations } from "./axe";
import { connectToE2eDatabase } from "./database";

/**
 * The editors' inbox of inaccuracy reports and the dashboard home, as an editor (the `editor`
 * project signs in once and shares the session). Fixtures are new rows unique to this run: a
 * published profile with an open and a dismissed report about it and an expected release in ten
 * days (per worker: tests run in parallel).
 */

// Set in beforeAll: with fullyParallel, Playwright may run beforeAll again in the same worker
// for the file's next test, and each run needs fixtures of its own (the tests change them).
let run: string;
let message: string;
let dismissedMessage: string;
let prisonerName: string;
let database: PrismaClient;
let reportId: string;

test.beforeAll(async () => {
  run = randomUUID().slice(0, 8);
  message = `E2E ${run}: the date of arrest is wrong, it was 25 April 2022.`;
  dismissedMessage = `E2E ${run}: this is not a mistake at all, just a question.`;
  prisonerName = `Inbox Person ${run}`;
  database = connectToE2eDatabase();
  const country = await database.country.findFirstOrThrow({ select: { code: true } });
  const prisoner = await database.prisoner.create({
    data: {
      slug: `inbox-e2e-${run}`,
      name: { en: prisonerName },
      sortName: prisonerName,
      countryCode: country.code,
      status: "IMPRISONED",
      summary: { en: "A profile for the inbox journey." },
      state: "PUBLISHED",
      publishedAt: new Date(),
    },
    select: { id: true },
  });
  const inTenDays = new Date();
  inTenDays.setUTCHours(0, 0, 0, 0);
  inTenDays.setUTCDate(inTenDays.getUTCDate() + 10);
  await database.case.create({
    data: {
      prisonerId: prisoner.id,
      countryCode: country.code,
      stage: "SENTENCED",
      expectedReleaseOn: inTenDays,
    },
  });
  const report = await database.inaccuracyReport.create({
    data: {
      prisonerId: prisoner.id,
      message,
      sourceUrl: "https://example.org/court-record",
      contact: "reader@example.org",
      locale: "en",
      // The home block lists the longest-waiting open reports first, and only a few: reports other
      // specs leave open must not push this one out of it.
      createdAt: new Date(Date.now() - 60 * 24 * 3_600_000),
    },
    select: { id: true },
  });
  reportId = report.id;
  await database.inaccuracyReport.create({
    data: {
      prisonerId: prisoner.id,
      message: dismissedMessage,
      status: "DISMISSED",
      resolution: "Not an inaccuracy.",
      resolvedAt: new Date(),
    },
  });
});

test.afterAll(async () => {
  await database?.$disconnect();
});

test("the dashboard home shows open reports and coming releases, and passes axe", async ({
  page,
}) => {
  await page.goto("/en/dashboard");

  await expect(page.getByRole("heading", { level: 1, name: "What needs attention" })).toBeVisible();
  const reports = page.getByRole("region", { name: "Inaccuracy reports" });
  await expect(reports.getByRole("link", { name: `About ${prisonerName}` })).toBeVisible();
  const releases = page.getByRole("region", { name: "Releases in the next 30 days" });
  await expect(releases.getByRole("link", { name: prisonerName })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("an editor assigns a report to themselves and resolves it", async ({ page }) => {
  await page.goto("/en/dashboard/reports");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: message }).click();

  await expect(
    page.getByRole("heading", { level: 1, name: `Report about ${prisonerName}` }),
  ).toBeVisible();
  // The reader's link is shown as a link that passes on nothing and vouches for nothing.
  await expect(
    page.getByRole("link", { name: "https://example.org/court-record" }),
  ).toHaveAttribute("rel", "noopener noreferrer nofollow");
  await expect(page.getByText("reader@example.org")).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Assign to me" }).click();
  await expect(page.getByText("The assignment was saved.")).toBeVisible();
  await expect(page.getByText("In progress", { exact: true })).toBeVisible();

  // Closing without a note is refused, and the chosen outcome is kept.
  await page.getByLabel("Resolved: the profile was corrected or confirmed").check();
  await page.getByRole("button", { name: "Close the report" }).click();
  await expect(page.getByText("Write what was done about the report.").first()).toBeVisible();
  await expect(page.getByLabel("Resolved: the profile was corrected or confirmed")).toBeChecked();

  await page
    .getByLabel(/Resolution note/)
    .fill("Corrected the date of arrest from the court record.");
  await page.getByRole("button", { name: "Close the report" }).click();
  await expect(page.getByText("The report was closed.")).toBeVisible();
  await expect(page.getByText("Corrected the date of arrest from the court record.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Reopen the report" })).toBeVisible();
  await expectNoAxeViolations(page);

  const stored = await database.inaccuracyReport.findUniqueOrThrow({ where: { id: reportId } });
  expect(stored).toMatchObject({
    status: "RESOLVED",
    resolution: "Corrected the date of arrest from the court record.",
  });
  const audit = await database.auditLog.findMany({
    where: { entityType: "InaccuracyReport", entityId: reportId },
    orderBy: { id: "asc" },
  });
  // Every showing of the reporter's contact is audited too (sensitive personal data).
  const views = audit.filter((row) => row.action === "inaccuracyReport.view_contact");
  expect(views.length).toBeGreaterThan(0);
  expect(audit.filter((row) => !views.includes(row)).map((row) => row.action)).toEqual([
    "inaccuracyReport.assign",
    "inaccuracyReport.resolve",
  ]);
  // Assigned to the editor who was signed in, who also closed it and saw the contact.
  expect(audit.every((row) => row.actorId === stored.assigneeId)).toBe(true);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the inbox filters by status with a plain GET form", async ({ page }) => {
    await page.goto("/en/dashboard/reports");
    // By default the inbox shows what is still to be dealt with.
    await expect(page.getByRole("heading", { level: 1, name: "Inaccuracy reports" })).toBeVisible();
    await expect(page.getByRole("link", { name: dismissedMessage })).toHaveCount(0);

    await page.getByLabel("Status").selectOption("DISMISSED");
    await page.getByRole("button", { name: "Show reports" }).click();

    await expect(page).toHaveURL(/status=DISMISSED/);
    await expect(page.getByRole("link", { name: dismissedMessage })).toBeVisible();
    await expect(page.getByRole("link", { name: message })).toHaveCount(0);
    // The status is the last column but one (a selection box may come first).
    const statuses = await page.locator("tbody tr td:nth-last-child(2)").allInnerTexts();
    expect(statuses.every((status) => status.includes("Dismissed"))).toBe(true);
  });
});
