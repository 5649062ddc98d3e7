import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { connectToE2eDatabase } from "./database";
import { listMail, waitForMail } from "./mailbox";
import { createStaffUser, signInAs } from "./staff";

/**
 * Followers' alerts end to end (issue 19 part 1, "Done when"): a visitor follows a profile and
 * confirms through the real e-mail; an editor moves the person to another facility and back
 * within the delay (VIGIL_FOLLOW_ALERT_DELAY_SECONDS in playwright.config.ts), which reaches
 * nobody; then makes a real transfer, which arrives as exactly one alert; a bare POST to the
 * alert's List-Unsubscribe URL (RFC 8058) deletes the follower.
 */
const run = randomUUID().slice(0, 8);
const slug = `alerts-e2e-${run}`;
const address = `alerts-e2e-${run}@example.org`;
const colonyA = `Colony Alpha ${run}`;
const colonyB = `Colony Beta ${run}`;
let database: PrismaClient;
let prisonerId = "";
let facilityB = "";
let facilityA = "";

test.beforeAll(async () => {
  database = connectToE2eDatabase();
  if (prisonerId) return;
  const countryCode = (await database.country.findFirstOrThrow({ select: { code: true } })).code;
  const facility = (name: string, suffix: string) =>
    database.facility.create({
      data: {
        slug: `alerts-e2e-${suffix}-${run}`,
        name: { en: name, ru: name },
        kind: "PENAL_COLONY",
        countryCode,
        region: { en: "Minsk region", ru: "Минская область" },
      },
      select: { id: true },
    });
  facilityA = (await facility(colonyA, "a")).id;
  facilityB = (await facility(colonyB, "b")).id;
  prisonerId = (
    await database.prisoner.create({
      data: {
        slug,
        name: { en: `Alerted Person ${run}`, ru: `Человек ${run}` },
        sortName: `Person Alerted ${run}`,
        countryCode,
        status: "IMPRISONED",
        summary: { en: "Held for a post.", ru: "Под стражей за пост." },
        state: "PUBLISHED",
        publishedAt: new Date(),
        detentions: { create: { facilityId: facilityA, startedOn: new Date("2023-05-01") } },
      },
      select: { id: true },
    })
  ).id;
});

test.afterAll(async () => {
  await database?.$disconnect();
});

async function moveTo(page: Page, facilityId: string): Promise<void> {
  await page.goto(`/en/dashboard/prisoners/${prisonerId}/detentions`);
  await page.locator('[name="detentions.0.facilityId"]').selectOption(facilityId);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText(/Saved: version \d+\./)).toBeVisible();
}

/** Waits until the alert job has looked at every change of the profile (settled or not). */
async function waitUntilProcessed(): Promise<void> {
  await expect
    .poll(
      () =>
        database.publicChangeFacts.count({ where: { entityId: prisonerId, processedAt: null } }),
      { timeout: 150_000, intervals: [2_000] },
    )
    .toBe(0);
}

test("a follower gets one alert for a published transfer, none for one undone within the delay, and unsubscribes with a bare POST", async ({
  page,
  request,
}) => {
  test.setTimeout(420_000);
  const started = new Date();

  // Follow from the profile and confirm through the e-mail.
  await page.goto(`/en/prisoners/${slug}`);
  await page.getByLabel("Your e-mail address").fill(address);
  await page.getByLabel("An e-mail for each change (instant alerts)").check();
  await page.getByRole("button", { name: "Follow", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();
  const confirm = await waitForMail({ to: address, kind: "follow.confirm", after: started });
  await page.goto(confirm.links.find((link) => link.includes("/follow/confirm/"))!);
  await page.getByRole("button", { name: "Confirm and follow" }).click();
  await expect(page.getByText(/Confirmed: you now follow/)).toBeVisible();

  // A mistake fixed within the delay reaches nobody.
  const editor = await createStaffUser("EDITOR");
  await signInAs(page, editor);
  await moveTo(page, facilityB);
  await moveTo(page, facilityA);
  await waitUntilProcessed();
  expect(
    (await listMail(address, { after: started })).filter((mail) => mail.kind === "follow.alert"),
  ).toEqual([]);

  // A real transfer arrives, once.
  const transferred = new Date();
  await moveTo(page, facilityB);
  const alert = await waitForMail({
    to: address,
    kind: "follow.alert",
    after: transferred,
    timeoutMs: 150_000,
  });
  expect(alert.subject).toBe(`Alerted Person ${run} has been transferred`);
  expect(alert.text).toContain(`transferred to ${colonyB}, Minsk region.`);
  await waitUntilProcessed();
  expect(
    (await listMail(address, { after: started })).filter((mail) => mail.kind === "follow.alert"),
  ).toHaveLength(1);

  // RFC 8058: a bare POST to List-Unsubscribe deletes the address.
  // Unfolded: a long header line may continue on the next, indented.
  const raw = (await readFile(alert.file, "utf8")).replace(/\r?\n[ \t]+/g, " ");
  expect(raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m);
  const unsubscribe = /^List-Unsubscribe: <([^>]+)>/m.exec(raw)?.[1];
  expect(unsubscribe).toBeTruthy();
  const answer = await request.post(unsubscribe!, { maxRedirects: 0 });
  expect(answer.status()).toBeGreaterThanOrEqual(200);
  expect(answer.status()).toBeLessThan(300);
  expect(await database.follower.count({ where: { email: address } })).toBe(0);
});
