import { randomBytes, randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { expectNoAxeViolations } from "./axe";
import { connectToE2eDatabase } from "./database";
import { waitForMail } from "./mailbox";

/**
 * Following by e-mail end to end: the follow form on a profile (with and without JavaScript), the
 * confirmation e-mail over SMTP, the scanner-safe confirm page, the page of one's follows
 * (cadence, unfollow, forget me), one-click unsubscribe as a mail provider sends it, and the
 * follower count shown only from 10 up. Each test follows prisoners of its own, created here in
 * this spec's country (XF), so that cached pages of other runs do not interfere.
 */
const run = randomBytes(4).toString("hex");
let database: PrismaClient;

test.beforeAll(async () => {
  database = connectToE2eDatabase();
  await database.country.upsert({
    where: { code: "XF" },
    create: { code: "XF", slug: "follow-land", name: { en: "Followland", ru: "Фоллоуленд" } },
    update: {},
  });
});

test.afterAll(async () => {
  await database.$disconnect();
});

async function createPrisoner(label: string): Promise<{ id: string; slug: string; name: string }> {
  const slug = `e2e-follow-${label}-${run}`;
  const name = `Person ${label} ${run}`;
  const row = await database.prisoner.create({
    data: {
      slug,
      name: { en: name, ru: name },
      sortName: name,
      countryCode: "XF",
      status: "IMPRISONED",
      summary: { en: "A summary." },
      state: "PUBLISHED",
    },
    select: { id: true },
  });
  return { id: row.id, slug, name };
}

/** `count` confirmed followers of a prisoner, written straight to the database. */
async function addConfirmedFollowers(prisonerId: string, count: number): Promise<void> {
  for (let index = 0; index < count; index++) {
    const email = `e2e-count-${run}-${randomUUID()}@example.org`;
    await database.follower.create({
      data: {
        email,
        emailKey: email,
        locale: "en",
        confirmedAt: new Date(),
        follows: { create: { prisonerId, confirmedAt: new Date() } },
      },
    });
  }
}

function followSection(page: Page) {
  return page.getByRole("region", { name: "Follow this case" });
}

test("a visitor follows a case, confirms with the button, manages the follow and forgets it", async ({
  page,
  request,
}) => {
  const prisoner = await createPrisoner("journey");
  const email = `e2e.follower.${run}@example.org`;
  const started = new Date();

  await page.goto(`/en/prisoners/${prisoner.slug}`);
  const section = followSection(page);
  await expect(section).toBeVisible();
  // No follower yet: no number.
  await expect(section.getByText(/people follow this case/)).toHaveCount(0);
  await section.getByLabel(/^Your e-mail address/).fill(email);
  await section.getByLabel("One e-mail a week (weekly digest)").check();
  await section.getByRole("button", { name: "Follow" }).click();
  await expect(page).toHaveURL("/en/follow/sent");
  await expect(page.getByRole("heading", { level: 1, name: "Check your inbox" })).toBeVisible();
  await expectNoAxeViolations(page);

  const mail = await waitForMail({ to: email, kind: "follow.confirm", after: started });
  expect(mail.text).toContain(prisoner.name);
  expect(mail.text).toContain("one e-mail a week");
  const confirmLink = mail.links.find((link) => link.includes("/follow/confirm/"))!;
  expect(confirmLink).toBeTruthy();

  // A mail provider's link scanner fetches the link: nothing is confirmed.
  expect((await request.get(confirmLink)).status()).toBe(200);
  expect(
    await database.follow.count({ where: { prisonerId: prisoner.id, confirmedAt: { not: null } } }),
  ).toBe(0);

  await page.goto(confirmLink);
  await expect(page.getByRole("link", { name: prisoner.name })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Confirm and follow" }).click();
  await expect(page.getByText(`Confirmed: you now follow ${prisoner.name}.`)).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Your follows" })).toBeVisible();
  await expect(page.getByText(email)).toHaveCount(0);
  await expectNoAxeViolations(page);
  const managePath = new URL(page.url()).pathname;

  // A used link says so.
  await page.goto(confirmLink);
  await expect(page.getByText(/This link does not work/)).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto(managePath);
  await page.getByLabel("An e-mail for each change (instant alerts)").check();
  await page.getByLabel("Russian", { exact: true }).check();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  const follower = await database.follower.findFirstOrThrow({ where: { email } });
  expect([follower.cadence, follower.locale]).toEqual(["INSTANT", "ru"]);

  await page.getByRole("button", { name: `Stop following ${prisoner.name}` }).click();
  await expect(page.getByText("Done: you no longer follow it.")).toBeVisible();
  await expect(page.getByText(/You follow nothing at the moment/)).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Delete my address" }).click();
  await expect(page.getByText(/Your address and your follows have been deleted/)).toBeVisible();
  await expectNoAxeViolations(page);
  expect(await database.follower.count({ where: { email } })).toBe(0);
  expect(await database.outboxMessage.count({ where: { to: email } })).toBe(0);
});

test("the follower count shows from 10 people up, never below", async ({ page }) => {
  const nine = await createPrisoner("nine");
  const ten = await createPrisoner("ten");
  await addConfirmedFollowers(nine.id, 9);
  await addConfirmedFollowers(ten.id, 10);

  await page.goto(`/en/prisoners/${nine.slug}`);
  await expect(followSection(page)).toBeVisible();
  await expect(followSection(page).getByText(/people follow this case/)).toHaveCount(0);

  await page.goto(`/en/prisoners/${ten.slug}`);
  await expect(followSection(page).getByText("10 people follow this case")).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto(`/ru/prisoners/${ten.slug}`);
  await expect(page.getByText("10 человек следят за этим делом")).toBeVisible();
});

test("the lost-link page answers the same for any address", async ({ page }) => {
  await page.goto("/en/follow/manage");
  await expectNoAxeViolations(page);
  await page.getByLabel(/^Your e-mail address/).fill(`e2e.nobody.${run}@example.org`);
  await page.getByRole("button", { name: "Send me the link" }).click();
  await expect(page.getByText(/If this address follows anything here/)).toBeVisible();
  await expectNoAxeViolations(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the follow form keeps what was typed with a specific error, then follows; one-click unsubscribe deletes the address", async ({
    page,
    request,
  }) => {
    const prisoner = await createPrisoner("nojs");
    const email = `e2e.nojs.${run}@example.org`;
    const started = new Date();

    await page.goto(`/en/prisoners/${prisoner.slug}`);
    await followSection(page)
      .getByLabel(/^Your e-mail address/)
      .fill("not-an-address");
    await followSection(page).getByLabel("One e-mail a week (weekly digest)").check();
    await followSection(page).getByRole("button", { name: "Follow" }).click();

    await expect(page).toHaveURL(`/en/follow?prisoner=${prisoner.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Follow ${prisoner.name}`);
    await expect(page.getByText("Please correct the following:")).toBeVisible();
    const field = page.getByLabel(/^Your e-mail address/);
    await expect(field).toHaveValue("not-an-address");
    await expect(field).toHaveAccessibleDescription(
      /Enter an e-mail address in the form name@example.org/,
    );
    await expect(page.getByLabel("One e-mail a week (weekly digest)")).toBeChecked();

    await field.fill(email);
    await page.getByRole("button", { name: "Follow", exact: true }).click();
    await expect(page).toHaveURL("/en/follow/sent");

    const mail = await waitForMail({ to: email, kind: "follow.confirm", after: started });
    await page.goto(mail.links.find((link) => link.includes("/follow/confirm/"))!);
    await page.getByRole("button", { name: "Confirm and follow" }).click();
    await expect(page.getByText(`Confirmed: you now follow ${prisoner.name}.`)).toBeVisible();
    const follower = await database.follower.findFirstOrThrow({ where: { email } });
    expect(follower.cadence).toBe("WEEKLY");

    // RFC 8058: a mail provider POSTs the List-Unsubscribe URL, with no Origin and the one-click body.
    const pageLink = mail.links.find((link) => link.includes("/follow/unsubscribe/"))!;
    const token = pageLink.split("/follow/unsubscribe/")[1]!;
    const unsubscribed = await request.post(`/api/follows/unsubscribe/${token}`, {
      headers: { "content-type": "application/x-www-form-urlencoded" },
      data: "List-Unsubscribe=One-Click",
    });
    expect(unsubscribed.status()).toBe(200);
    expect(await database.follower.count({ where: { email } })).toBe(0);

    await page.goto(pageLink);
    await expect(
      page.getByRole("button", { name: "Unsubscribe and delete my address" }),
    ).toBeVisible();
  });
});
