import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { expectNoAxeViolations } from "./axe";
import { connectToE2eDatabase } from "./database";

/**
 * Sponsors from parliaments (issue 19 part 4) as an editor records them (the `editor` project is
 * signed in as one): on the prisoner's Basics page, add a verified notable signatory as sponsor,
 * see it on the public profile, hide it, remove it; a failed row button says why next to itself.
 */

let run: string;
let slug: string;
let prisonerId: string;
let signatoryId: string;
let secondSignatoryId: string;
let sponsorName: string;
let database: PrismaClient;

test.beforeAll(async () => {
  // With fullyParallel, this hook may run again in the same worker: create the fixture once.
  if (prisonerId) return;
  run = randomUUID().slice(0, 8);
  slug = `e2e-sponsored-${run}`;
  sponsorName = `Aaron Sponsor ${run}`;
  database = connectToE2eDatabase();
  prisonerId = (
    await database.prisoner.create({
      data: {
        slug,
        name: { en: `Sponsored Person ${run}` },
        sortName: `Person ${run}`,
        countryCode: "KZ",
        status: "IMPRISONED",
        summary: { en: "Imprisoned for a post." },
        state: "PUBLISHED",
      },
      select: { id: true },
    })
  ).id;
  const letter = await database.letter.findFirstOrThrow({
    where: { state: { not: "DRAFT" } },
    select: { id: true },
  });
  const signatory = (signatoryName: string) =>
    database.notableSignatory.create({
      data: {
        letterId: letter.id,
        name: signatoryName,
        office: { en: "Member of the European Parliament" },
        verifiedAt: new Date(),
      },
      select: { id: true },
    });
  signatoryId = (await signatory(sponsorName)).id;
  secondSignatoryId = (await signatory(`Aaron Second ${run}`)).id;
});

test.afterAll(async () => {
  await database?.$disconnect();
});

async function publicProfileText(page: Page): Promise<string> {
  return (await page.request.get(`/en/prisoners/${slug}`)).text();
}

test("an editor adds a verified signatory as sponsor, hides and removes it", async ({ page }) => {
  await page.goto(`/en/dashboard/prisoners/${prisonerId}`);
  const section = page.getByRole("region", { name: "Sponsors", exact: true });
  await expect(section).toContainText("No sponsors yet.");

  await section.locator('[name="signatoryId"]').selectOption(signatoryId);
  await section.locator('[name="since"]').fill("2025-03-12");
  await section.locator('[name="alertEmail"]').fill(`office-${run}@parliament.example`);
  await expect(section.getByLabel("Show on the public profile")).toBeChecked();
  await section.getByRole("button", { name: "Add sponsor" }).click();
  await expect(section.getByText("Sponsor added.")).toBeVisible();

  const row = section.getByRole("row", { name: new RegExp(sponsorName) });
  await expect(row).toContainText("Shown publicly");
  // The since-date in the locale's format, as other dashboard dates.
  await expect(row.locator('time[datetime="2025-03-12"]')).toHaveText("Mar 12, 2025");
  await expectNoAxeViolations(page);
  await expect.poll(() => publicProfileText(page), { timeout: 15_000 }).toContain(sponsorName);
  expect(await publicProfileText(page)).not.toContain(`office-${run}@parliament.example`);

  await row.getByRole("button", { name: "Hide from the profile" }).click();
  await expect(row).toContainText("Not shown");
  await expect(row.locator('[data-action-status="success"]')).toHaveText("Sponsor updated.");
  await expect.poll(() => publicProfileText(page), { timeout: 15_000 }).not.toContain(sponsorName);

  await row.getByRole("button", { name: `Remove ${sponsorName} as sponsor` }).click();
  await expect(section.getByRole("row", { name: new RegExp(sponsorName) })).toHaveCount(0);
  await expect(section).toContainText("No sponsors yet.");

  // The change feed: shown (added), then hidden; removing a hidden sponsor changes no profile.
  const feed = await database.publicChange.findMany({
    where: { entityType: "prisoner", entityId: prisonerId },
    select: { kind: true, aspects: true },
  });
  expect(feed).toEqual([
    { kind: "changed", aspects: ["sponsors"] },
    { kind: "changed", aspects: ["sponsors"] },
  ]);
});

test("a row button that fails says why next to the button", async ({ page }) => {
  const sponsor = await database.prisonerSponsor.create({
    data: {
      prisonerId,
      signatoryId: secondSignatoryId,
      since: new Date("2024-01-05T00:00:00Z"),
      state: "DRAFT",
    },
    select: { id: true },
  });
  await page.goto(`/en/dashboard/prisoners/${prisonerId}`);
  const row = page.getByRole("row", { name: new RegExp(`Aaron Second ${run}`) });
  await expect(row).toContainText("Not shown");
  // Another editor removes it meanwhile.
  await database.prisonerSponsor.delete({ where: { id: sponsor.id } });
  const remove = row.getByRole("button", { name: `Remove Aaron Second ${run} as sponsor` });
  await remove.click();
  const status = row.locator('[data-action-status="error"]');
  await expect(status.getByRole("alert")).not.toBeEmpty();
  // The button names the result as its description, for those who do not hear the alert.
  const statusId = await status.getAttribute("id");
  await expect(remove).toHaveAttribute("aria-describedby", statusId ?? "missing");
});
