import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { expectNoAxeViolations } from "./axe";
import { connectToE2eDatabase } from "./database";
import { e2ePort } from "./port";

/**
 * Issue 19 parts 3, 4 and 6 as a visitor and a partner site meet them: the calendar of birthdays
 * (month links without JavaScript, the iCalendar feed), a sponsor on the profile, and the embed
 * cards a partner frames in a page of another origin while the profile itself refuses to be framed.
 *
 * The prisoner is created here with a public birth date in NEXT month: no other spec reads that
 * month, so its cached page is made after the row exists (rows inserted straight into the
 * database revalidate no cache).
 */

const baseURL = `http://localhost:${e2ePort}`;
const BIRTH_YEAR = 1985;
/** The demo content's open petition (prisma/demo/letters.ts). */
const DEMO_PETITION = "demo-petition-free-kazakhstans-political-prisoners";

let run: string;
let slug: string;
let name: string;
let sponsorName: string;
let prisonerId: string;
let database: PrismaClient;

function monthAfter(date: Date): { year: number; month: number; iso: string } {
  const year = date.getUTCMonth() === 11 ? date.getUTCFullYear() + 1 : date.getUTCFullYear();
  const month = ((date.getUTCMonth() + 1) % 12) + 1;
  return { year, month, iso: `${year}-${String(month).padStart(2, "0")}` };
}

const now = new Date();
const thisMonth = `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, "0")}`;
const nextMonth = monthAfter(now);

test.beforeAll(async () => {
  // With fullyParallel, this hook may run again in the same worker: create the fixture once.
  if (prisonerId) return;
  run = randomUUID().slice(0, 8);
  slug = `e2e-calendar-${run}`;
  name = `Calendar Person ${run}`;
  sponsorName = `Sponsor Member ${run}`;
  database = connectToE2eDatabase();
  const prisoner = await database.prisoner.create({
    data: {
      slug,
      name: { en: name, ru: `Календарь ${run}` },
      sortName: name,
      countryCode: "KZ",
      status: "IMPRISONED",
      summary: { en: "Imprisoned for a post." },
      birthDate: new Date(`${BIRTH_YEAR}-${String(nextMonth.month).padStart(2, "0")}-15T00:00:00Z`),
      state: "PUBLISHED",
    },
    select: { id: true },
  });
  prisonerId = prisoner.id;
  const letter = await database.letter.findFirstOrThrow({
    where: { state: { not: "DRAFT" } },
    select: { id: true },
  });
  const signatory = await database.notableSignatory.create({
    data: {
      letterId: letter.id,
      name: sponsorName,
      office: { en: "Member of the European Parliament" },
      verifiedAt: new Date(),
    },
    select: { id: true },
  });
  await database.prisonerSponsor.create({
    data: {
      prisonerId,
      signatoryId: signatory.id,
      since: new Date("2025-03-12T00:00:00Z"),
      state: "PUBLISHED",
      alertEmail: `office-${run}@parliament.example`,
    },
  });
});

test.afterAll(async () => {
  await database?.$disconnect();
});

test("the calendar's month links work without JavaScript and list a public birthday", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  // The way in: the home page links to this month's calendar.
  await page.goto("/en");
  await page.getByRole("link", { name: "Birthdays and anniversaries this month" }).click();
  await expect(page).toHaveURL(/\/en\/calendar$/);
  await expect(
    page.getByRole("heading", { level: 1, name: "Birthdays and anniversaries" }),
  ).toBeVisible();
  await page.getByRole("link", { name: /^Next month:/ }).click();
  await expect(page).toHaveURL(new RegExp(`/en/calendar/${nextMonth.iso}$`));
  const row = page.getByRole("row", { name: new RegExp(name) });
  await expect(row).toBeVisible();
  await expect(row).toContainText(`turns ${nextMonth.year - BIRTH_YEAR}`);
  await expect(row.getByRole("link", { name })).toHaveAttribute("href", `/en/prisoners/${slug}`);

  await page.getByRole("link", { name: /^Previous month:/ }).click();
  await expect(page).toHaveURL(new RegExp(`/en/calendar/${thisMonth}$`));
  await context.close();
});

test("the calendar page is accessible", async ({ page }) => {
  await page.goto(`/en/calendar/${nextMonth.iso}`);
  await expect(page.getByRole("row", { name: new RegExp(name) })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the iCalendar feed holds the birthday as a VEVENT", async ({ request }) => {
  const response = await request.get("/en/calendar/feed.ics");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/^text\/calendar/);
  // RFC 5545 folds long lines (CRLF + one space): unfold before reading.
  const body = (await response.text()).replace(/\r\n[ \t]/g, "");
  expect(body).toMatch(/^BEGIN:VCALENDAR\r\n/);
  const events = body.split("BEGIN:VEVENT").slice(1);
  const event = events.find((text) => text.includes(`UID:birthday-${prisonerId}-`));
  expect(event, "the prisoner's birthday is in the feed").toBeDefined();
  expect(event).toContain(`UID:birthday-${prisonerId}-${nextMonth.year}@`);
  expect(event).toContain(`SUMMARY:Birthday of ${name} (turns ${nextMonth.year - BIRTH_YEAR})`);
  expect(event).toContain(`DTSTART;VALUE=DATE:${nextMonth.iso.replace("-", "")}15`);
  expect(event).toContain("END:VEVENT");
});

test("the profile shows the sponsor and offers the card's iframe code", async ({ page }) => {
  await page.goto(`/en/prisoners/${slug}`);
  const sponsors = page.getByRole("region", { name: "Sponsored by" });
  await expect(sponsors).toContainText(sponsorName);
  await expect(sponsors).toContainText("Member of the European Parliament");
  await expect(sponsors).toContainText(/since .*2025/);
  await expect(page.locator("body")).not.toContainText(`office-${run}@parliament.example`);

  await page.getByText("Put this card on your website").click();
  const code = page.getByLabel("HTML code of the card (an iframe)");
  await expect(code).toBeVisible();
  expect(await code.inputValue()).toMatch(
    new RegExp(`^<iframe src="[^"]+/en/embed/prisoner/${slug}" title="${name} on Vigil"`),
  );
  await expectNoAxeViolations(page);
});

test("the letter page offers the card's iframe code", async ({ page, request }) => {
  const letter = { slug: DEMO_PETITION };
  await page.goto(`/en/letters/${letter.slug}`);
  await page.getByText("Put this card on your website").click();
  const code = await page.getByLabel("HTML code of the card (an iframe)").inputValue();
  expect(code).toContain(`/en/embed/letter/${letter.slug}"`);
  const card = await request.get(`/en/embed/letter/${letter.slug}`);
  expect(card.status()).toBe(200);
  expect(await card.text()).toContain("Sign the letter");
});

/** A partner's page on another origin (127.0.0.1 on a free port, not localhost:<e2e port>). */
async function partnerSite(html: string): Promise<{ server: Server; url: string }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    response.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}/` };
}

test("a partner site on another origin frames the card; the profile refuses to be framed", async ({
  page,
}) => {
  // The code exactly as the profile offers it, pointed at this test server.
  await page.goto(`/en/prisoners/${slug}`);
  await page.getByText("Put this card on your website").click();
  const offered = await page.getByLabel("HTML code of the card (an iframe)").inputValue();
  const cardCode = offered
    .replace(/src="[^"]*?\/en\/embed\//, `src="${baseURL}/en/embed/`)
    .replace("<iframe ", '<iframe id="card" ');

  const embed = await page.request.get(`/en/embed/prisoner/${slug}`);
  expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors *");
  expect(embed.headers()["x-frame-options"]).toBeUndefined();
  expect(embed.headers()["set-cookie"]).toBeUndefined();
  const profile = await page.request.get(`/en/prisoners/${slug}`);
  expect(profile.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");

  const partner = await partnerSite(
    `<!doctype html><html lang="en"><title>Partner</title><h1>Partner news</h1>${cardCode}` +
      `<iframe id="profile" title="profile" src="${baseURL}/en/prisoners/${slug}"></iframe></html>`,
  );
  try {
    await page.goto(partner.url, { waitUntil: "load" });
    const card = page.frameLocator("#card");
    await expect(card.getByRole("heading", { level: 1, name: new RegExp(name) })).toBeVisible();
    await expect(card.getByRole("link", { name: /Read more/ })).toBeVisible();
    // The load event waited for both frames: the refused one shows no profile.
    await expect(page.frameLocator("#profile").getByRole("heading", { name })).toHaveCount(0);
  } finally {
    await new Promise((resolve) => partner.server.close(resolve));
  }
});
