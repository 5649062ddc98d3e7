import { createHash, randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { expectNoAxeViolations } from "./axe";
import { connectToE2eDatabase } from "./database";
import { addConfirmedSignature, createOpenPetition } from "./open-petition";

/**
 * An editor (the `editor` project is signed in as one) works on an open petition: reads its
 * signatures without seeing any e-mail address, invalidates the flagged ones in bulk, downloads
 * the delivery CSV, PDF and manifest, and records a delivery that then shows on the public page.
 */

// Set in beforeAll: with fullyParallel, Playwright may run beforeAll again in the same worker
// for the file's next test, and each run needs a letter of its own.
let run: string;
let slug: string;
let database: PrismaClient;
let letterId: string;
let flaggedIds: string[];

test.beforeAll(async () => {
  run = randomUUID().slice(0, 8);
  slug = `e2e-delivery-${run}`;
  database = connectToE2eDatabase();
  const petition = await createOpenPetition(database, { slug, title: `Delivery petition ${run}` });
  letterId = petition.letterId;
  await addConfirmedSignature(database, petition, "Мария Иванова", []);
  flaggedIds = [
    await addConfirmedSignature(database, petition, "Bot One", ["DISPOSABLE_DOMAIN"]),
    await addConfirmedSignature(
      database,
      petition,
      "Bot Two",
      ["DISPOSABLE_DOMAIN"],
      "DELIVERY_ONLY",
    ),
  ];
});

test.afterAll(async () => {
  await database.$disconnect();
});

test("an editor sees a letter's signatures without e-mails and invalidates the flagged ones", async ({
  page,
}) => {
  await page.goto(`/en/dashboard/letters/${letterId}/signatures`);
  await expect(
    page.getByRole("heading", { level: 1, name: `Delivery petition ${run}` }),
  ).toBeVisible();
  await expect(page.getByTestId("count-CONFIRMED")).toHaveText("3");
  await expect(page.getByRole("rowheader", { name: "Мария Иванова" })).toBeVisible();
  await expect(page.getByTestId("signer-email")).toHaveCount(0);
  await expect(page.locator("main")).not.toContainText("@example.org");
  await expectNoAxeViolations(page);

  const group = page.getByRole("group", { name: /Disposable e-mail domain \(2\)/ });
  await group.getByLabel(/Bot One/).check();
  await group.getByLabel(/Bot Two/).check();
  await page.getByLabel("Reason for removal").selectOption("disposable-address");
  await page.getByRole("button", { name: "Invalidate the ticked signatures" }).click();
  await page.getByRole("button", { name: "Yes, go ahead" }).click();
  await expect(page.getByText("2 signatures invalidated of 2.")).toBeVisible();
  const rows = await database.signature.findMany({ where: { id: { in: flaggedIds } } });
  expect(rows.map((row) => row.status)).toEqual(["INVALIDATED", "INVALIDATED"]);
  await page.reload();
  await expect(page.getByTestId("count-INVALIDATED")).toHaveText("2");
  await expect(page.getByText("No signatures are flagged.")).toBeVisible();
});

test("an editor downloads the delivery CSV, PDF and manifest, and records a delivery shown on the public page", async ({
  page,
}) => {
  await page.goto(`/en/dashboard/letters/${letterId}/delivery`);
  await expectNoAxeViolations(page);

  const csvLink = page.getByRole("link", { name: "Named signatories (CSV)" });
  const csv = await page.request.get((await csvLink.getAttribute("href"))!);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(csv.headers()["content-disposition"]).toContain(
    `attachment; filename="${slug}-v1-signatories.csv"`,
  );
  expect(csv.headers()["cache-control"]).toBe("no-store");
  const csvBytes = await csv.body();
  expect(csvBytes.toString("utf8")).toContain("Мария Иванова");
  expect(csvBytes.toString("utf8")).not.toContain("@");

  const pdfLink = page.getByRole("link", { name: "Letter with signatories (PDF, Russian)" });
  const pdf = await page.request.get((await pdfLink.getAttribute("href"))!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect(pdf.headers()["content-disposition"]).toMatch(/^attachment; filename=".*-ru\.pdf"/);
  expect((await pdf.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");

  const manifestLink = page.getByRole("link", { name: "Manifest with the list’s SHA-256 (JSON)" });
  const manifest = await (
    await page.request.get((await manifestLink.getAttribute("href"))!)
  ).json();
  expect(manifest.signatoryList.sha256).toBe(createHash("sha256").update(csvBytes).digest("hex"));

  await page.getByLabel("Delivered on").fill("2026-11-26");
  await page.getByLabel("Received by").fill(`Office of the President ${run}`);
  await page.getByLabel("How").selectOption("IN_PERSON");
  await page.getByRole("button", { name: "Record delivery" }).click();
  await expect(page.getByText(`delivered to Office of the President ${run}`)).toBeVisible();

  await expect(async () => {
    await page.goto(`/en/letters/${slug}`);
    await expect(page.getByText(`Office of the President ${run}`)).toBeVisible({ timeout: 2000 });
  }).toPass({ timeout: 20_000 });
});

test("an editor edits a letter, previews it and adds a verified notable signatory shown on the public page", async ({
  page,
}) => {
  await page.goto("/en/dashboard/letters");
  await page.getByRole("link", { name: `Delivery petition ${run}` }).click();
  await expect(page.getByRole("table", { name: "Text versions" })).toContainText("1 (current)");
  await expectNoAxeViolations(page);
  await page.getByLabel("Signature goal").fill("250");
  await page.getByRole("button", { name: "Save" }).last().click();
  await expect(page.getByText(/Saved: version \d+\./)).toBeVisible();
  expect((await database.letter.findUniqueOrThrow({ where: { id: letterId } })).goal).toBe(250);
  // The goal is not the text: no new text version.
  expect(await database.letterVersion.count({ where: { letterId } })).toBe(1);

  await page.goto(`/en/dashboard/letters/${letterId}/preview`);
  await expect(page.getByText("Free them now.")).toBeVisible();

  await page.goto(`/en/dashboard/letters/${letterId}/signatories`);
  await page.getByRole("link", { name: "Add a notable signatory" }).click();
  await page.getByRole("textbox", { name: /^Name/ }).fill(`Eva Notable ${run}`);
  await page.getByRole("button", { name: "Add signatory" }).last().click();
  await expect(page.getByText("Created. You can go on editing it here.")).toBeVisible();
  // A new signatory is a proposal until an editor verifies it, with a note.
  await expect(page.getByText("Proposed: not public")).toBeVisible();
  await page.getByRole("textbox", { name: /^How the signature was verified/ }).fill("By phone.");
  await page.getByRole("button", { name: "Verify", exact: true }).click();
  await expect(page.getByText(/Verified by .* on /)).toBeVisible();
  await expectNoAxeViolations(page);

  await expect(async () => {
    await page.goto(`/en/letters/${slug}`);
    await expect(page.getByText(`Eva Notable ${run}`).first()).toBeVisible({ timeout: 2000 });
  }).toPass({ timeout: 20_000 });
});
