import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { expectNoAxeViolations } from "./axe";
import { connectToE2eDatabase } from "./database";
import { addConfirmedSignature, createOpenPetition } from "./open-petition";

/**
 * The gaps of issue 18 closed: an item's breadcrumb names it in the server's HTML (no generic
 * "Item" crumb without JavaScript), bulk actions work as plain form posts with the confirmation
 * as a server-rendered step, and the confirmation's heading follows the page's outline (h2 under
 * the review queue's h1, h3 under the signatures page's h2). Fixtures are unique to this run.
 */

let run: string;
let database: PrismaClient;
let letterId: string;
let flaggedIds: string[];
let keptId: string;
let prisonerId: string;
let reviewId: string;

test.beforeAll(async () => {
  run = randomUUID().slice(0, 8);
  database = connectToE2eDatabase();
  const petition = await createOpenPetition(database, {
    slug: `e2e-nojs-${run}`,
    title: `No-script petition ${run}`,
  });
  letterId = petition.letterId;
  flaggedIds = [
    await addConfirmedSignature(database, petition, `Plain One ${run}`, ["DISPOSABLE_DOMAIN"]),
    await addConfirmedSignature(database, petition, `Plain Two ${run}`, ["DISPOSABLE_DOMAIN"]),
  ];
  keptId = await addConfirmedSignature(database, petition, `Plain Kept ${run}`, [
    "DISPOSABLE_DOMAIN",
  ]);
  const country = await database.country.findFirstOrThrow({ select: { code: true } });
  const common = {
    countryCode: country.code,
    status: "IMPRISONED" as const,
    summary: { en: "A profile for the no-script journey." },
  };
  const draft = await database.prisoner.create({
    data: {
      ...common,
      slug: `nojs-e2e-${run}`,
      name: { en: `Crumb Person ${run}` },
      sortName: `Crumb Person ${run}`,
    },
    select: { id: true },
  });
  prisonerId = draft.id;
  const inReview = await database.prisoner.create({
    data: {
      ...common,
      slug: `nojs-review-e2e-${run}`,
      name: { en: `Outline Person ${run}` },
      sortName: `Outline Person ${run}`,
      state: "IN_REVIEW",
    },
    select: { id: true },
  });
  reviewId = inReview.id;
});

test.afterAll(async () => {
  await database.$disconnect();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an item's breadcrumb names it in the page the server sends", async ({ page }) => {
    await page.goto(`/en/dashboard/prisoners/${prisonerId}/cases`);
    const trail = page.getByRole("navigation", { name: "Breadcrumb" });
    await expect(trail).toHaveCount(1);
    await expect(trail.getByRole("listitem")).toHaveText([
      "Dashboard",
      "›Prisoners",
      `›Crumb Person ${run}`,
      "›Cases & charges",
    ]);

    await page.goto(`/en/dashboard/letters/${letterId}`);
    await expect(trail.getByRole("link", { name: `No-script petition ${run}` })).toHaveAttribute(
      "aria-current",
      "page",
    );
    // No "Back to the list" repeats the crumb before it.
    await expect(page.getByRole("link", { name: "Back to the list" })).toHaveCount(0);
    await expect(trail.getByRole("link", { name: "Letters" })).toBeVisible();
  });

  test("an editor invalidates ticked signatures with plain form posts", async ({ page }) => {
    await page.goto(`/en/dashboard/letters/${letterId}/signatures`);
    await page.getByLabel(new RegExp(`Plain One ${run}`)).check();
    await page.getByLabel(new RegExp(`Plain Two ${run}`)).check();
    await page.getByLabel("Reason for removal").selectOption("automated");
    await page.getByRole("button", { name: "Invalidate the ticked signatures" }).click();

    // The server's confirmation, a page of its own, under the page's "Flagged signatures" h2.
    const confirmation = page.getByTestId("bulk-confirmation");
    await expect(
      confirmation.getByRole("heading", { level: 3, name: "Invalidate 2 signatures?" }),
    ).toBeVisible();
    await expect(page.getByLabel(new RegExp(`Plain One ${run}`))).toBeChecked();
    await expect(page.getByLabel(new RegExp(`Plain Kept ${run}`))).not.toBeChecked();
    await confirmation.getByRole("button", { name: "Yes, go ahead" }).click();

    await expect(page.getByText("2 signatures invalidated of 2.")).toBeVisible();
    const rows = await database.signature.findMany({
      where: { id: { in: [...flaggedIds, keptId] } },
      select: { id: true, status: true },
    });
    const statusOf = Object.fromEntries(rows.map((row) => [row.id, row.status]));
    expect(flaggedIds.map((id) => statusOf[id])).toEqual(["INVALIDATED", "INVALIDATED"]);
    expect(statusOf[keptId]).toBe("CONFIRMED");
  });
});

test("the review queue's bulk confirmation is an h2 under the page's h1", async ({ page }) => {
  await page.goto("/en/dashboard/review");
  await page.getByLabel(`Select: Outline Person ${run}`).check();
  const confirmation = page.getByTestId("bulk-confirmation");
  await page.getByRole("button", { name: "Publish the selected" }).click();
  await expect(
    confirmation.getByRole("heading", { level: 2, name: "Publish 1 item?" }),
  ).toBeFocused();
  await expectNoAxeViolations(page);
  await confirmation.getByRole("button", { name: "Cancel" }).click();
  const prisoner = await database.prisoner.findUniqueOrThrow({ where: { id: reviewId } });
  expect(prisoner.state).toBe("IN_REVIEW");
});
