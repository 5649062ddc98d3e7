import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { expectNoAxeViolations } from "./axe";
import { connectToE2eDatabase } from "./database";

/**
 * An editor reads a profile's history, compares two revisions and restores the first one (the
 * `editor` project is signed in as an editor). The fixture is a draft profile with three
 * revisions, written as the content store writes them: the row at version 3 and one snapshot per
 * version.
 */

const run = randomUUID().slice(0, 8);
let database: PrismaClient;
let prisonerId: string;

function snapshot(id: string, slug: string, countryCode: string, name: string, summary: string) {
  return {
    id,
    slug,
    name: { en: name },
    sortName: name,
    gender: null,
    birthYear: null,
    birthDate: null,
    citizenships: [],
    countryCode,
    region: null,
    roles: [],
    occupation: null,
    status: "IMPRISONED",
    statusSince: null,
    statusSincePrecision: "DAY",
    arrestedOn: null,
    arrestedOnPrecision: "DAY",
    summary: { en: summary },
    biography: null,
    photoId: null,
    state: "DRAFT",
    publishedAt: null,
    redactedFields: [],
    lastReviewedAt: null,
    internal: null,
    nameVariants: [],
    statusChanges: [],
    cases: [],
    detentions: [],
    criterionAssessments: [],
    recognitions: [],
    tags: [],
    affiliations: [],
    events: [],
    citations: [],
  };
}

test.beforeAll(async () => {
  database = connectToE2eDatabase();
  // With fullyParallel, this hook can run again in the same worker: create the fixture once.
  if (prisonerId) return;
  const country = await database.country.findFirstOrThrow({ select: { code: true } });
  const editor = await database.user.findFirst({ where: { role: "EDITOR" }, select: { id: true } });
  const slug = `history-e2e-${run}`;
  const versions = [
    { name: `History Person ${run}`, summary: "Arrested for a post." },
    { name: `History Persson ${run}`, summary: "Arrested for a post." },
    { name: `History Persson ${run}`, summary: "Arrested for a post about the war." },
  ];
  const latest = versions.at(-1)!;
  const prisoner = await database.prisoner.create({
    data: {
      slug,
      name: { en: latest.name },
      sortName: latest.name,
      countryCode: country.code,
      status: "IMPRISONED",
      summary: { en: latest.summary },
      version: versions.length,
    },
    select: { id: true },
  });
  prisonerId = prisoner.id;
  await database.revision.createMany({
    data: versions.map((version, index) => ({
      entityType: "Prisoner",
      entityId: prisonerId,
      number: index + 1,
      snapshot: snapshot(prisonerId, slug, country.code, version.name, version.summary),
      authorId: editor?.id ?? null,
      summary: index === 0 ? "created" : null,
    })),
  });
});

test.afterAll(async () => {
  await database?.$disconnect();
});

test("an editor compares two revisions of a profile and restores the first", async ({ page }) => {
  await page.goto(`/en/dashboard/history/prisoner/${prisonerId}`);
  await expect(
    page.getByRole("heading", { level: 1, name: `History of “History Persson ${run}”` }),
  ).toBeVisible();
  const revisions = page.getByRole("table", { name: "Revisions, newest first" });
  await expect(revisions.getByRole("row")).toHaveCount(4);
  await expectNoAxeViolations(page);

  // Compare the first and the last revision (a GET form: the comparison is a link).
  await page.getByLabel("Older revision").selectOption("1");
  await page.getByLabel("Newer revision").selectOption("3");
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page).toHaveURL(/from=1&to=3/);
  await expect(
    page.getByRole("heading", { name: "Changes from revision 1 to revision 3" }),
  ).toBeVisible();
  const diff = page.getByRole("table", { name: /Changed fields/ });
  await expect(diff.getByRole("rowheader", { name: "Name › English" })).toBeVisible();
  await expect(diff.getByRole("rowheader", { name: "Summary › English" })).toBeVisible();
  await expect(diff.locator("ins", { hasText: "about the war" })).toBeVisible();
  await expectNoAxeViolations(page);

  await revisions.getByRole("button", { name: "Restore revision 1" }).click();
  await expect(page.getByText("Revision 1 was restored as version 4.")).toBeVisible();
  await expect(revisions.getByRole("row")).toHaveCount(5);
  await expect(revisions.getByRole("row").nth(1)).toContainText("Restored from revision 1 of");

  const stored = await database.prisoner.findUniqueOrThrow({ where: { id: prisonerId } });
  expect(stored).toMatchObject({
    version: 4,
    name: { en: `History Person ${run}` },
    summary: { en: "Arrested for a post." },
  });
  const audit = await database.auditLog.findFirstOrThrow({
    where: { entityType: "Prisoner", entityId: prisonerId, action: "prisoner.restore" },
  });
  expect(audit.details).toMatchObject({ restoredRevision: 1 });
});

test("an editor publishes from the review queue, and finds it in the audit log", async ({
  page,
}) => {
  const country = await database.country.findFirstOrThrow({ select: { code: true } });
  const name = `Review Person ${run}`;
  const prisoner = await database.prisoner.create({
    data: {
      slug: `review-e2e-${run}`,
      name: { en: name },
      sortName: name,
      countryCode: country.code,
      status: "IMPRISONED",
      summary: { en: "Waiting for review." },
      state: "IN_REVIEW",
    },
    select: { id: true },
  });
  await page.goto("/en/dashboard/review");
  await expect(page.getByRole("heading", { level: 1, name: "Review queue" })).toBeVisible();
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name }) });
  await expect(row.getByRole("link", { name: "Preview" })).toBeVisible();
  await expectNoAxeViolations(page);

  await row.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("link", { name })).toHaveCount(0);
  expect(await database.prisoner.findUniqueOrThrow({ where: { id: prisoner.id } })).toMatchObject({
    state: "PUBLISHED",
    version: 2,
  });

  await page.goto(`/en/dashboard/audit?action=prisoner.publish&entityId=${prisoner.id}`);
  await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
  await expect(page.getByText("1 entry")).toBeVisible();
  // The action in words; its code stays in the entry's raw data (and in the CSV below).
  await expect(page.getByRole("rowheader", { name: "Published" })).toBeVisible();
  await expect(page.locator("details pre")).toContainText('"action": "prisoner.publish"');
  await expect(page.getByRole("link", { name: "CSV" })).toHaveAttribute(
    "href",
    `/api/dashboard/audit?action=prisoner.publish&entityId=${prisoner.id}&format=csv`,
  );
  await expectNoAxeViolations(page);
});
