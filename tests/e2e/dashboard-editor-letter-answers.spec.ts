import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { simpleParser } from "mailparser";
import { readFile } from "node:fs/promises";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { insertPetition, type InsertedPetition } from "../fixtures/petitions";
import { expectNoAxeViolations } from "./axe";
import { connectToE2eDatabase } from "./database";
import { listMail, waitForMail, type ReceivedMail } from "./mailbox";
import { e2ePort } from "./port";
import { storedStaffUser } from "./staff";

/**
 * "Letters that get answers" (issue 19 part 5) end to end, signed in as an editor: milestones set
 * in the letter form and shown on the public page; a signer who ticks "tell me what happens to
 * this letter" and confirms by the mail's button; an answer recorded and published in the
 * Answers tab, shown on the letter page and on the linked prisoner's timeline; one outcome
 * e-mail (read from the local SMTP server) with RFC 8058 headers; a bare one-click POST stops
 * them, so a later announcement (a delivery) reaches the other opted-in signer and not that one.
 * The reply's PDF is uploaded in the answer form itself (a file that is not a PDF is refused with
 * its own message and what was typed stays), with and without JavaScript.
 * The server runs with VIGIL_LETTER_OUTCOME_DELAY_SECONDS=0 (playwright.config.ts).
 */

let run: string;
let database: PrismaClient;
let petition: InsertedPetition;
let prisonerSlug: string;
/** Opted in, inserted confirmed: the proof that the later announcement was sent at all. */
let controlEmail: string;
/** Confirmed but not opted in: must never hear anything. */
let silentEmail: string;

async function insertSigner(
  email: string,
  options: { notifyOutcome: boolean; countryCode: string },
): Promise<void> {
  await database.signature.create({
    data: {
      letterId: petition.id,
      letterVersionId: petition.versionId,
      locale: "en",
      name: `Signer ${randomUUID().slice(0, 6)}`,
      email,
      emailKey: email,
      countryCode: options.countryCode,
      visibility: "DELIVERY_ONLY",
      status: "CONFIRMED",
      confirmedAt: new Date(),
      consentGivenAt: new Date(),
      consentTextVersion: "e2e",
      notifyOutcome: options.notifyOutcome,
    },
  });
}

test.beforeAll(async () => {
  run = randomUUID().slice(0, 8);
  database = connectToE2eDatabase();
  petition = await insertPetition(database, {
    slug: `e2e-answers-${run}`,
    label: `answers ${run}`,
  });
  prisonerSlug = `answers-e2e-${run}`;
  const country = await database.country.findFirstOrThrow({ select: { code: true } });
  const prisoner = await database.prisoner.create({
    data: {
      slug: prisonerSlug,
      name: { en: `Answers Person ${run}` },
      sortName: `Answers Person ${run}`,
      countryCode: country.code,
      status: "IMPRISONED",
      summary: { en: "A profile for the letter answers journey." },
      state: "PUBLISHED",
      publishedAt: new Date(),
    },
    select: { id: true },
  });
  await database.letterPrisoner.create({
    data: { letterId: petition.id, prisonerId: prisoner.id },
  });
  controlEmail = `e2e.control.${run}@example.org`;
  silentEmail = `e2e.silent.${run}@example.org`;
  await insertSigner(controlEmail, { notifyOutcome: true, countryCode: "DE" });
  await insertSigner(silentEmail, { notifyOutcome: false, countryCode: "DE" });
  // Ten signers in Germany (with the two above and the signer below) and one in France: Germany
  // is named in "signers by country", France is not (fewer than 10).
  for (let index = 0; index < 8; index += 1) {
    await insertSigner(`e2e.de${index}.${run}@example.org`, {
      notifyOutcome: false,
      countryCode: "DE",
    });
  }
  await insertSigner(`e2e.fr.${run}@example.org`, { notifyOutcome: false, countryCode: "FR" });
});

test.afterAll(async () => {
  await database.$disconnect();
});

/** Retries a page until the expectation holds: public pages are cached and refreshed by tag. */
async function expectOnPage(page: Page, url: string, check: () => Promise<void>): Promise<void> {
  await expect(async () => {
    await page.goto(url);
    await check();
  }).toPass({ timeout: 30_000, intervals: [1000, 2000] });
}

/** A visitor's page: no staff session. */
async function visitorPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    baseURL: `http://localhost:${e2ePort}`,
    storageState: { cookies: [], origins: [] },
  });
  return context.newPage();
}

async function signWithOptIn(page: Page, email: string): Promise<void> {
  const started = new Date();
  await page.goto(`/en/letters/${petition.slug}`);
  await page.getByLabel(/^Your name/).fill(`Olga ${run}`);
  await page.getByLabel(/^E-mail address/).fill(email);
  await page.getByLabel(/^Country of residence/).selectOption("DE");
  await page.getByLabel(/^City/).fill("Berlin");
  await page.getByLabel("Show my name on this page and include it in the delivered letter").check();
  await page.getByRole("checkbox", { name: /Tell me what happens to this letter/ }).check();
  await page.getByRole("checkbox", { name: /I agree/ }).check();
  await page.getByRole("button", { name: "Sign the petition" }).click();
  await expect(page).toHaveURL(`/en/letters/${petition.slug}/signed`);

  const mail = await waitForMail({ to: email, kind: "signature.confirm", after: started });
  const confirmLink = mail.links.find((link) => link.includes("/confirm/"))!;
  await page.goto(confirmLink);
  await page.getByRole("button", { name: "Confirm my signature" }).click();
  await expect(page.getByText("Thank you: your signature is confirmed and counted.")).toBeVisible();
  const stored = await database.signature.findFirstOrThrow({
    where: { letterId: petition.id, email },
  });
  expect(stored.status).toBe("CONFIRMED");
  expect(stored.notifyOutcome).toBe(true);
}

async function headerOf(mail: ReceivedMail, name: string): Promise<string | undefined> {
  const parsed = await simpleParser(await readFile(mail.file));
  const line = parsed.headerLines.find((header) => header.key === name.toLowerCase());
  // A long header may be folded over lines (RFC 5322): unfold it.
  return line?.line
    .slice(line.line.indexOf(":") + 1)
    .replace(/\r?\n[ \t]+/g, " ")
    .trim();
}

/** A small valid PDF of this run (the media library reuses an identical file). */
function replyPdf(): Buffer {
  return Buffer.from(
    `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n% ${randomUUID()}\n%%EOF\n`,
  );
}

const NOT_A_PDF = {
  name: "reply.pdf",
  mimeType: "application/pdf",
  buffer: Buffer.from("Only text, named like a PDF.\n"),
};

async function outcomeMails(to: string): Promise<ReceivedMail[]> {
  return (await listMail(to)).filter((mail) => mail.kind === "letter.outcome");
}

test("an answer reaches the page, the prisoner's timeline and the opted-in signer once; one-click unsubscribe stops the next", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const editor = await storedStaffUser("EDITOR");
  const letterPage = `/en/letters/${petition.slug}`;

  // Milestones in the letter form: 1 signature ("delivered") and 1,000.
  await page.goto(`/en/dashboard/letters/${petition.id}`);
  await page.locator('[name="thresholds.0.count"]').fill("1");
  await page.locator('[name="thresholds.0.label.en"]').fill(`handed to the President ${run}`);
  await page.getByRole("button", { name: "Add a milestone" }).click();
  await page.locator('[name="thresholds.1.count"]').fill("1000");
  await page.locator('[name="thresholds.1.label.en"]').fill(`we ask for a meeting ${run}`);
  await page.getByRole("button", { name: "Save" }).last().click();
  await expect(page.getByText(/Saved: version \d+\./)).toBeVisible();
  expect(await database.letterThreshold.count({ where: { letterId: petition.id } })).toBe(2);

  // A visitor signs with "tell me what happens" ticked and confirms by the mail's button; the
  // first milestone is reached, and the editors are told once.
  const signerEmail = `e2e.answers.${run}@example.org`;
  const visitor = await visitorPage(browser);
  const thresholdMailFrom = new Date();
  await signWithOptIn(visitor, signerEmail);
  const thresholdMail = await waitForMail({
    to: editor.email,
    kind: "letter.threshold_reached",
    subject: `answers ${run}`,
    after: thresholdMailFrom,
    timeoutMs: 30_000,
  });
  expect(thresholdMail.subject).toContain("has reached 1 signatures");

  await expectOnPage(visitor, letterPage, async () => {
    const milestones = visitor.getByTestId("letter-thresholds");
    await expect(milestones.locator('li[data-reached="true"]')).toContainText(
      `1 of 1: handed to the President ${run}`,
      { timeout: 1000 },
    );
  });
  await expect(
    visitor.getByTestId("letter-thresholds").locator('li[data-reached="false"]'),
  ).toContainText(`we ask for a meeting ${run}`);
  await expect(visitor.getByText(/of 1,000 signatures towards the next milestone/)).toBeVisible();

  // Signatures over time: the chart with its summary, and the same figures as a table.
  const chart = visitor.getByTestId("signatures-over-time");
  await expect(
    chart.getByRole("img", { name: /Running total of confirmed signatures/ }),
  ).toBeVisible();
  await chart.getByText("Show the figures as a table").click();
  await expect(chart.getByRole("table", { name: /Confirmed signatures by period/ })).toBeVisible();
  // By country: Germany is named; France, with one signer, is counted with "other countries".
  const byCountry = visitor.getByRole("region", { name: "Signers by country" });
  await expect(byCountry).toContainText("Germany");
  await expect(byCountry).toContainText("Other countries");
  await expect(byCountry).not.toContainText("France");

  // The editor records the answer in the Answers tab, then publishes it.
  await page.goto(`/en/dashboard/letters/${petition.id}/answers`);
  await expect(page.getByText("No answer recorded yet.")).toBeVisible();
  await expectNoAxeViolations(page);
  const answeredBy = `Office of the President ${run}`;
  const summary = `The office says it will review the case (${run}).`;
  const newAnswer = page.getByRole("region", { name: "Record an answer" });
  await newAnswer.locator('[name="receivedOn"]').fill("2026-12-05");
  await newAnswer.locator('[name="answeredBy"]').fill(answeredBy);
  await newAnswer.locator('[name="summary.en"]').fill(summary);
  await newAnswer.locator('[name="text"]').fill("We have received your letter.");
  // The reply's PDF uploaded in the form: a text file named .pdf is refused with its own
  // message, and what was typed stays.
  await newAnswer.getByLabel(/^Or upload the reply’s PDF/).setInputFiles(NOT_A_PDF);
  await newAnswer.getByRole("button", { name: "Save the answer" }).click();
  await expect(newAnswer.getByText(/^This file is not a PDF/).first()).toBeVisible();
  await expect(newAnswer.locator('[name="answeredBy"]')).toHaveValue(answeredBy);
  await expect(newAnswer.locator('[name="summary.en"]')).toHaveValue(summary);
  await expectNoAxeViolations(page);
  expect(await database.letterAnswer.count({ where: { letterId: petition.id } })).toBe(0);
  await newAnswer.getByLabel(/^Or upload the reply’s PDF/).setInputFiles({
    name: `reply-${run}.pdf`,
    mimeType: "application/pdf",
    buffer: replyPdf(),
  });
  await newAnswer.getByRole("button", { name: "Save the answer" }).click();
  await expect(page.getByRole("article", { name: /^Answer of .*2026/ })).toBeVisible();
  const recorded = await database.letterAnswer.findFirstOrThrow({
    where: { letterId: petition.id },
    select: { document: { select: { kind: true, originalFilename: true } } },
  });
  expect(recorded.document).toEqual({ kind: "PDF", originalFilename: `reply-${run}.pdf` });
  const publishedFrom = new Date();
  await page.getByRole("button", { name: "Publish the answer" }).click();
  await expect(page.getByRole("button", { name: "Withdraw the answer" })).toBeVisible();
  await expectNoAxeViolations(page);

  // The public letter page shows the answer; so does the linked prisoner's timeline.
  await expectOnPage(visitor, letterPage, async () => {
    await expect(visitor.getByTestId("letter-answers")).toContainText(answeredBy, {
      timeout: 1000,
    });
  });
  await expect(visitor.getByTestId("letter-answers")).toContainText(summary);
  await expect(
    visitor.getByTestId("letter-answers").getByRole("link", { name: /The reply as a PDF/ }),
  ).toBeVisible();
  await expectNoAxeViolations(visitor);
  await expectOnPage(visitor, `/en/prisoners/${prisonerSlug}`, async () => {
    await expect(
      visitor.getByRole("link", {
        name: `Answer to the letter “Free the prisoners (answers ${run})”`,
      }),
    ).toBeVisible({ timeout: 1000 });
  });
  await expect(visitor.getByText(`From ${answeredBy}.`)).toBeVisible();

  // Exactly one outcome e-mail, with RFC 8058 one-click unsubscribe; none to a signer who did
  // not ask.
  const outcome = await waitForMail({
    to: signerEmail,
    kind: "letter.outcome",
    after: publishedFrom,
    timeoutMs: 30_000,
  });
  expect(outcome.subject).toContain("has an answer");
  expect(outcome.text).toContain(summary);
  const unsubscribeHeader = await headerOf(outcome, "List-Unsubscribe");
  expect(unsubscribeHeader).toMatch(/^<http:\/\/localhost:\d+\/api\/letters\/.+\/updates\/.+>$/);
  expect(await headerOf(outcome, "List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");
  await waitForMail({ to: controlEmail, kind: "letter.outcome", after: publishedFrom });
  // Another sweep or a retried job would have queued a second copy by now.
  await visitor.waitForTimeout(3000);
  expect(await outcomeMails(signerEmail)).toHaveLength(1);
  expect(await outcomeMails(silentEmail)).toHaveLength(0);

  // A mail client's one-click unsubscribe: a bare POST with RFC 8058's body.
  const oneClick = unsubscribeHeader!.slice(1, -1);
  const unsubscribed = await visitor.request.post(oneClick, {
    form: { "List-Unsubscribe": "One-Click" },
    maxRedirects: 0,
  });
  expect(unsubscribed.status()).toBe(200);
  const after = await database.signature.findFirstOrThrow({
    where: { letterId: petition.id, email: signerEmail },
  });
  expect(after.notifyOutcome).toBe(false);

  // A later announcement (the delivery) reaches the other opted-in signer, not this one.
  const deliveredFrom = new Date();
  await page.goto(`/en/dashboard/letters/${petition.id}/delivery`);
  await page.getByLabel("Delivered on").fill("2026-12-06");
  await page.getByLabel("Received by").fill(`Presidential reception ${run}`);
  await page.getByLabel("How").selectOption("IN_PERSON");
  await page.getByRole("button", { name: "Record delivery" }).click();
  await expect(page.getByText(`delivered to Presidential reception ${run}`)).toBeVisible();
  const delivered = await waitForMail({
    to: controlEmail,
    kind: "letter.outcome",
    after: deliveredFrom,
    timeoutMs: 30_000,
  });
  expect(delivered.subject).toContain("has been delivered");
  await visitor.waitForTimeout(3000);
  expect(await outcomeMails(signerEmail)).toHaveLength(1);
  expect(await outcomeMails(silentEmail)).toHaveLength(0);
  await visitor.context().close();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the answer form uploads the reply's PDF, and refuses a file that is not one with what was typed kept", async ({
    page,
  }) => {
    const letter = await insertPetition(database, {
      slug: `e2e-answers-nojs-${run}`,
      label: `answers no-js ${run}`,
    });
    await page.goto(`/en/dashboard/letters/${letter.id}/answers`);
    const newAnswer = page.getByRole("region", { name: "Record an answer" });
    const answeredBy = `Ministry without scripts ${run}`;
    await newAnswer.locator('[name="receivedOn"]').fill("2026-12-04");
    await newAnswer.locator('[name="answeredBy"]').fill(answeredBy);
    await newAnswer.locator('[name="summary.en"]').fill(`A refusal (${run}).`);
    await newAnswer.getByLabel(/^Or upload the reply’s PDF/).setInputFiles(NOT_A_PDF);
    await newAnswer.getByRole("button", { name: "Save the answer" }).click();
    const again = page.getByRole("region", { name: "Record an answer" });
    await expect(again.getByText(/^This file is not a PDF/).first()).toBeVisible();
    await expect(again.locator('[name="answeredBy"]')).toHaveValue(answeredBy);
    expect(await database.letterAnswer.count({ where: { letterId: letter.id } })).toBe(0);

    await again.getByLabel(/^Or upload the reply’s PDF/).setInputFiles({
      name: `reply-nojs-${run}.pdf`,
      mimeType: "application/pdf",
      buffer: replyPdf(),
    });
    await again.getByRole("button", { name: "Save the answer" }).click();
    await expect(page.getByRole("article", { name: /^Answer of .*2026/ })).toBeVisible();
    const recorded = await database.letterAnswer.findFirstOrThrow({
      where: { letterId: letter.id },
      select: { answeredBy: true, document: { select: { kind: true } } },
    });
    expect(recorded).toEqual({ answeredBy, document: { kind: "PDF" } });
  });
});
