import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { expectNoAxeViolations } from "./axe";
import { connectToE2eDatabase } from "./database";

/**
 * History in words (issue 18, item 2): an editor changes a case's stage and a detention's
 * facility in the profile editor, then reads the comparison with the stage's labels and the
 * facilities' names (never codes or ids), in English and in Russian, and the audit log's entry in
 * words, with a working link to the profile and the raw entry in a disclosure.
 */

const run = randomUUID().slice(0, 8);
let database: PrismaClient;
let prisonerId: string;
let before: string;
let after: string;
const name = `Words Person ${run}`;

test.beforeAll(async () => {
  database = connectToE2eDatabase();
  if (prisonerId) return;
  const country = await database.country.findFirstOrThrow({ select: { code: true } });
  const facility = (label: string) =>
    database.facility.create({
      data: {
        slug: `words-e2e-${run}-${label.toLowerCase()}`,
        name: { en: `Colony ${label} ${run}`, ru: `Колония ${label} ${run}` },
        kind: "PENAL_COLONY",
        countryCode: country.code,
      },
      select: { id: true },
    });
  before = (await facility("Before")).id;
  after = (await facility("After")).id;
  const prisoner = await database.prisoner.create({
    data: {
      slug: `words-e2e-${run}`,
      name: { en: name, ru: `Персона ${run}` },
      sortName: name,
      countryCode: country.code,
      status: "IMPRISONED",
      summary: { en: "Detained for a post." },
      cases: { create: { caseNumber: `W-${run}`, stage: "TRIAL", countryCode: country.code } },
      detentions: {
        create: {
          facilityId: before,
          startedOn: new Date("2023-05-01"),
          startedOnPrecision: "MONTH",
        },
      },
    },
    select: { id: true },
  });
  prisonerId = prisoner.id;
});

test.afterAll(async () => {
  await database?.$disconnect();
});

async function versionOf(id: string): Promise<number> {
  return (await database.prisoner.findUniqueOrThrow({ where: { id } })).version;
}

test("the diff and the audit log say the editor's changes in words, in both locales", async ({
  page,
}) => {
  test.slow();
  // 1. The case's stage, in the editor's Cases tab.
  await page.goto(`/en/dashboard/prisoners/${prisonerId}/cases`);
  await page.waitForLoadState("networkidle");
  await page.locator('[name="cases.0.stage"]').selectOption("SENTENCED");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect.poll(() => versionOf(prisonerId)).toBe(2);

  // The profile had no history before this test: its revision 1 is revision 2 as it was before
  // the change (the stage on trial), so that one comparison shows both edits.
  const second = await database.revision.findFirstOrThrow({
    where: { entityType: "Prisoner", entityId: prisonerId, number: 2 },
  });
  const snapshot = structuredClone(second.snapshot) as { cases: { stage: string }[] };
  snapshot.cases[0]!.stage = "TRIAL";
  await database.revision.create({
    data: {
      entityType: "Prisoner",
      entityId: prisonerId,
      number: 1,
      snapshot: snapshot as unknown as Prisma.InputJsonValue,
      authorId: second.authorId,
      summary: "created",
      createdAt: new Date(second.createdAt.getTime() - 60_000),
    },
  });

  // 2. The detention's facility, in the Detentions tab.
  await page.goto(`/en/dashboard/prisoners/${prisonerId}/detentions`);
  await page.waitForLoadState("networkidle");
  await page.locator('[name="detentions.0.facilityId"]').selectOption(after);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect.poll(() => versionOf(prisonerId)).toBe(3);

  // 3. The comparison, in English.
  await page.goto(`/en/dashboard/history/prisoner/${prisonerId}?from=1&to=3`);
  const diff = page.getByRole("table", { name: /Changed fields/ });
  const stage = diff
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: /Stage/ }) });
  await expect(stage).toContainText(`Cases › Stage — W-${run}`);
  await expect(stage.getByRole("cell").nth(0)).toHaveText("On trial");
  await expect(stage.getByRole("cell").nth(1)).toHaveText("Sentenced");
  const facility = diff
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: /Facility/ }) });
  await expect(facility.getByRole("cell").nth(0)).toHaveText(`Colony Before ${run}`);
  await expect(facility.getByRole("cell").nth(1)).toHaveText(`Colony After ${run}`);
  await expect(diff).not.toContainText("SENTENCED");
  await expect(diff).not.toContainText(before);
  await expect(diff).not.toContainText(after);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: test.info().outputPath("diff-en.png"), fullPage: true });

  // In Russian: the same changes with the Russian labels and names.
  await page.goto(`/ru/dashboard/history/prisoner/${prisonerId}?from=1&to=3`);
  const diffRu = page.locator("table").filter({ hasText: "Вынесен приговор" });
  await expect(diffRu).toContainText("Судебный процесс");
  await expect(diffRu).toContainText(`Колония Before ${run}`);
  await expect(diffRu).toContainText(`Колония After ${run}`);
  await expect(diffRu).not.toContainText("SENTENCED");
  await expect(diffRu).not.toContainText(after);
  await expectNoAxeViolations(page);

  // 4. The audit log: the entry in words, a link to the profile, the raw entry on request.
  await page.goto(`/en/dashboard/audit?action=prisoner.update&entityId=${prisonerId}`);
  await expect(page.getByText("2 entries")).toBeVisible();
  const entry = page
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: "Edited" }) });
  await expect(entry).toHaveCount(2);
  await expect(entry.first()).toContainText("Prisoner profile");
  const raw = entry.first().locator("details");
  await expect(raw.locator("pre")).toBeHidden();
  await raw.locator("summary").click();
  await expect(raw.locator("pre")).toContainText('"action": "prisoner.update"');
  await expect(raw.locator("pre")).toContainText(`"entityId": "${prisonerId}"`);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: test.info().outputPath("audit-en.png"), fullPage: true });
  await entry.first().getByRole("link", { name }).click();
  await expect(page).toHaveURL(new RegExp(`/en/dashboard/prisoners/${prisonerId}$`));

  // In Russian, the kind of item and the action are translated.
  await page.goto(`/ru/dashboard/audit?action=prisoner.update&entityId=${prisonerId}`);
  const entryRu = page
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: "Правка" }) });
  await expect(entryRu.first()).toContainText("Профиль заключённого");
  await expect(entryRu.first().getByRole("link", { name: `Персона ${run}` })).toBeVisible();
  await expectNoAxeViolations(page);
});
