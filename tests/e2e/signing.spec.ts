import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { insertPetition } from "../fixtures/petitions";
import { expectNoAxeViolations } from "./axe";
import { connectToE2eDatabase } from "./database";
import { waitForMail } from "./mailbox";

/**
 * Signing a petition end to end: the form, the confirmation e-mail over SMTP, the confirm page
 * (a plain GET confirms nothing), the count on the letter page, a second signature with a Gmail
 * variant of the address, withdrawal, and the form without JavaScript. Each test signs a petition
 * of its own, created here, so that cached pages and counts of other runs do not interfere.
 */
const run = randomBytes(4).toString("hex");
let database: PrismaClient;

test.beforeAll(() => {
  database = connectToE2eDatabase();
});

test.afterAll(async () => {
  await database.$disconnect();
});

async function createPetition(label: string, state: "OPEN" | "CLOSED" = "OPEN"): Promise<string> {
  const petition = await insertPetition(database, {
    slug: `e2e-petition-${label}-${run}`,
    label,
    state,
  });
  return petition.slug;
}

async function fillSignForm(
  page: Page,
  values: { name: string; email: string; consent?: boolean },
): Promise<void> {
  await page.getByLabel(/^Your name/).fill(values.name);
  await page.getByLabel(/^E-mail address/).fill(values.email);
  await page.getByLabel(/^Country of residence/).selectOption("DE");
  await page.getByLabel(/^City/).fill("Berlin");
  await page.getByLabel("Show my name on this page and include it in the delivered letter").check();
  if (values.consent !== false) await page.getByRole("checkbox", { name: /I agree/ }).check();
}

async function expectCountOnLetterPage(page: Page, slug: string, text: string): Promise<void> {
  // The count is re-read every few seconds; a cached page is refreshed on the next visit.
  await expect(async () => {
    await page.goto(`/en/letters/${slug}`);
    await expect(page.getByText(text)).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 45_000, intervals: [2000] });
}

test("a signer signs, confirms by e-mail with the button, is counted, cannot sign twice, and withdraws", async ({
  page,
  request,
}) => {
  const slug = await createPetition("journey");
  const email = `e2e.signer.${run}@gmail.com`;
  const started = new Date();

  await page.goto(`/en/letters/${slug}`);
  await expect(page.getByText("0 of 1,000 signatures")).toBeVisible();
  await fillSignForm(page, { name: `Anna ${run}`, email });
  await page.getByRole("button", { name: "Sign the petition" }).click();
  await expect(page).toHaveURL(`/en/letters/${slug}/signed`);
  await expect(page.getByRole("heading", { level: 1, name: "Check your e-mail" })).toBeVisible();
  await expectNoAxeViolations(page);

  const mail = await waitForMail({ to: email, kind: "signature.confirm", after: started });
  const confirmLink = mail.links.find((link) => link.includes("/confirm/"))!;
  const withdrawLink = mail.links.find((link) => link.includes("/withdraw/"))!;
  expect(confirmLink).toBeTruthy();
  expect(withdrawLink).toBeTruthy();

  // A mail provider's link scanner fetches the link: nothing is confirmed.
  const scanned = await request.get(confirmLink);
  expect(scanned.status()).toBe(200);
  const pending = await database.signature.findFirstOrThrow({ where: { email } });
  expect(pending.status).toBe("PENDING");

  await page.goto(confirmLink);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Confirm my signature" }).click();
  await expect(page.getByText("Thank you: your signature is confirmed and counted.")).toBeVisible();
  // Confirming again says so and counts nothing more.
  await page.goto(confirmLink);
  await expect(page.getByText("Your signature was already confirmed.")).toBeVisible();

  await expectCountOnLetterPage(page, slug, "1 of 1,000 signatures");
  await expect(page.getByRole("cell", { name: `Anna ${run}` })).toBeVisible();
  await expect(page.getByText(email)).toHaveCount(0);

  // The same Gmail mailbox with dots moved and a +tag: the same neutral answer on screen, and
  // the "already signed" e-mail goes to the address that signed.
  const again = new Date();
  await page.goto(`/en/letters/${slug}`);
  await fillSignForm(page, {
    name: `Someone ${run}`,
    email: `e2esigner.${run}+again@GoogleMail.com`,
  });
  await page.getByRole("button", { name: "Sign the petition" }).click();
  await expect(page).toHaveURL(`/en/letters/${slug}/signed`);
  await waitForMail({ to: email, kind: "signature.already_signed", after: again });
  expect(await database.signature.count({ where: { letter: { slug } } })).toBe(1);

  await page.goto(withdrawLink);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Withdraw my signature" }).click();
  await expect(page.getByText("Your signature has been withdrawn.")).toBeVisible();
  const withdrawn = await database.signature.findFirstOrThrow({ where: { letter: { slug } } });
  expect(withdrawn.status).toBe("WITHDRAWN");
  expect(withdrawn.email).toBeNull();
  await expectCountOnLetterPage(page, slug, "0 of 1,000 signatures");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the form comes back with the signer's values and a specific message for each problem", async ({
    page,
  }) => {
    const slug = await createPetition("nojs");
    await page.goto(`/en/letters/${slug}`);
    await fillSignForm(page, { name: "Anna <b>", email: "anna@", consent: false });
    await page.getByRole("button", { name: "Sign the petition" }).click();

    await expect(page).toHaveURL(`/en/letters/${slug}/sign`);
    const summary = page.getByRole("main").getByRole("alert");
    await expect(summary).toContainText("Your name cannot contain the characters < and >.");
    await expect(summary).toContainText("Enter a valid e-mail address");
    await expect(summary).toContainText("Tick the box to agree");
    await expect(page.getByLabel(/^Your name/)).toHaveValue("Anna <b>");
    await expect(page.getByLabel(/^E-mail address/)).toHaveValue("anna@");
    await expect(page.getByLabel(/^Country of residence/)).toHaveValue("DE");
    await expect(page.getByLabel(/^City/)).toHaveValue("Berlin");
    await expect(
      page.getByLabel("Show my name on this page and include it in the delivered letter"),
    ).toBeChecked();
    await expect(page.getByLabel(/^Your name/)).toHaveAttribute("aria-invalid", "true");
    // Nothing personal in the address bar.
    expect(page.url()).not.toContain("anna");

    await page.getByLabel(/^Your name/).fill("Anna Petrova");
    await page.getByLabel(/^E-mail address/).fill(`anna.${run}@example.org`);
    await page.getByRole("checkbox", { name: /I agree/ }).check();
    await page.getByRole("button", { name: "Sign the petition" }).click();
    await expect(page).toHaveURL(`/en/letters/${slug}/signed`);
    const stored = await database.signature.findFirstOrThrow({ where: { letter: { slug } } });
    expect(stored).toMatchObject({ name: "Anna Petrova", city: "Berlin", status: "PENDING" });
  });
});

test("the sign page that shows the form's problems passes the accessibility checks", async ({
  page,
}) => {
  const slug = await createPetition("axe");
  await page.goto(`/en/letters/${slug}`);
  await expectNoAxeViolations(page);
  await fillSignForm(page, { name: "", email: "", consent: false });
  await page.getByRole("button", { name: "Sign the petition" }).click();
  await expect(page).toHaveURL(`/en/letters/${slug}/sign`);
  await expect(page.locator("#sign-problems")).toContainText("Enter your name.");
  // With JavaScript, focus moves to the summary of problems.
  await expect(page.locator("#sign-problems")).toBeFocused();
  await expectNoAxeViolations(page);
});

test("a closed petition shows that it no longer accepts signatures instead of the form", async ({
  page,
}) => {
  const slug = await createPetition("closed", "CLOSED");
  await page.goto(`/en/letters/${slug}`);
  await expect(page.getByText("This petition no longer accepts signatures.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign the petition" })).toHaveCount(0);
});
