import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { expectNoAxeViolations } from "./axe";
import { connectToE2eDatabase } from "./database";
import { addConfirmedSignature, createOpenPetition } from "./open-petition";

/**
 * Bulk actions as an editor (issue 18, item 3): on a letter's flagged signatures, "select all in
 * this group" (tri-state), the live count, the confirmation naming the count and the result; one
 * bulk close in the inaccuracy inbox and one bulk publish in the review queue. Fixtures are new
 * rows unique to this run.
 */

let run: string;
let database: PrismaClient;
let letterId: string;
let networkIds: string[];
let disposableId: string;
let reportIds: string[];
let prisonerId: string;

test.beforeAll(async () => {
  run = randomUUID().slice(0, 8);
  database = connectToE2eDatabase();
  const petition = await createOpenPetition(database, {
    slug: `e2e-bulk-${run}`,
    title: `Bulk petition ${run}`,
  });
  letterId = petition.letterId;
  networkIds = [];
  for (const name of ["Net One", "Net Two", "Net Three"]) {
    networkIds.push(await addConfirmedSignature(database, petition, name, ["BURST_FROM_NETWORK"]));
  }
  disposableId = await addConfirmedSignature(database, petition, "Throwaway", [
    "DISPOSABLE_DOMAIN",
  ]);

  const country = await database.country.findFirstOrThrow({ select: { code: true } });
  const common = {
    countryCode: country.code,
    status: "IMPRISONED" as const,
    summary: { en: "A profile for the bulk journey." },
  };
  const reported = await database.prisoner.create({
    data: {
      ...common,
      slug: `bulk-e2e-${run}`,
      name: { en: `Bulk Person ${run}` },
      sortName: `Bulk Person ${run}`,
      state: "PUBLISHED",
      publishedAt: new Date(),
    },
    select: { id: true },
  });
  reportIds = [];
  for (const which of ["one", "two"]) {
    const report = await database.inaccuracyReport.create({
      data: { prisonerId: reported.id, message: `E2E ${run} bulk report ${which}.`, locale: "en" },
      select: { id: true },
    });
    reportIds.push(report.id);
  }
  const inReview = await database.prisoner.create({
    data: {
      ...common,
      slug: `bulk-review-e2e-${run}`,
      name: { en: `Review Person ${run}` },
      sortName: `Review Person ${run}`,
      state: "IN_REVIEW",
    },
    select: { id: true },
  });
  prisonerId = inReview.id;
});

test.afterAll(async () => {
  await database.$disconnect();
});

async function confirmCount(page: Page, question: string) {
  const confirmation = page.getByTestId("bulk-confirmation");
  await expect(confirmation.getByRole("heading", { name: question })).toBeFocused();
  await expectNoAxeViolations(page);
  await confirmation.getByRole("button", { name: "Yes, go ahead" }).click();
}

test("an editor selects a group of flagged signatures, sees the count and confirms it", async ({
  page,
}) => {
  await page.goto(`/en/dashboard/letters/${letterId}/signatures`);
  const group = page.getByRole("group", { name: /Many from one network \(3\)/ });
  const selectGroup = group.getByLabel("Select all in this group (3 on this page)");
  await expectNoAxeViolations(page);

  await selectGroup.check();
  await expect(page.getByTestId("bulk-count")).toHaveText("3 selected");
  await group.getByLabel(/Net Two/).uncheck();
  await expect(page.getByTestId("bulk-count")).toHaveText("2 selected");
  expect(await selectGroup.evaluate((box: HTMLInputElement) => box.indeterminate)).toBe(true);
  await selectGroup.check();
  await expect(page.getByTestId("bulk-count")).toHaveText("3 selected");
  await page.getByLabel("Reason for removal").selectOption("automated");
  await page.getByRole("button", { name: "Invalidate the ticked signatures" }).click();
  await confirmCount(page, "Invalidate 3 signatures?");

  await expect(page.getByText("3 signatures invalidated of 3.")).toBeVisible();
  const rows = await database.signature.findMany({
    where: { id: { in: [...networkIds, disposableId] } },
    select: { id: true, status: true },
  });
  const statusOf = Object.fromEntries(rows.map((row) => [row.id, row.status]));
  expect(networkIds.map((id) => statusOf[id])).toEqual([
    "INVALIDATED",
    "INVALIDATED",
    "INVALIDATED",
  ]);
  expect(statusOf[disposableId]).toBe("CONFIRMED");
});

test("an editor closes two inbox reports at once", async ({ page }) => {
  await page.goto("/en/dashboard/reports");
  for (const which of ["one", "two"]) {
    await page.getByLabel(`Select: E2E ${run} bulk report ${which}.`).check();
  }
  await expect(page.getByTestId("bulk-count")).toHaveText("2 selected");
  await page.getByLabel("Outcome").selectOption("RESOLVED");
  await page.getByLabel("Resolution note").fill("Checked against the verdict.");
  await page.getByRole("button", { name: "Close the selected" }).click();
  await confirmCount(page, "Close 2 reports?");

  await expect(page.getByText("Closed 2 of 2.")).toBeVisible();
  const reports = await database.inaccuracyReport.findMany({ where: { id: { in: reportIds } } });
  expect(reports.map((report) => report.status)).toEqual(["RESOLVED", "RESOLVED"]);
});

test("an editor publishes from the review queue in bulk", async ({ page }) => {
  await page.goto("/en/dashboard/review");
  await page.getByLabel(`Select: Review Person ${run}`).check();
  await expect(page.getByTestId("bulk-count")).toHaveText("1 selected");
  await page.getByRole("button", { name: "Publish the selected" }).click();
  await confirmCount(page, "Publish 1 item?");

  await expect(page.getByText("Published 1 of 1.")).toBeVisible();
  const prisoner = await database.prisoner.findUniqueOrThrow({ where: { id: prisonerId } });
  expect(prisoner.state).toBe("PUBLISHED");
});
