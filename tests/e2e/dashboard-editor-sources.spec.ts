import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { MINIMAL_PDF } from "../fixtures/media-files";
import { expectNoAxeViolations } from "./axe";
import { connectToE2eDatabase } from "./database";

/**
 * An editor corrects a source in the Sources section: finds it in the list, sees which profile
 * cites it, adds its archived copy and its language (after the form explained a malformed
 * language code and kept what was typed), and the published profile citing it shows the archived
 * copy within seconds. The list, the new-source form and the editor pass axe.
 *
 * Then a court ruling: "Cited by" names the profile facts it supports as the prisoner editor
 * does; the editor uploads its PDF, attaches it to the source and ticks "Show the document on
 * public pages"; the published profile citing it links "Document (PDF)", which downloads the PDF.
 */

const run = randomUUID().slice(0, 8);
const sourceTitle = `Verdict in the case of Dana Source ${run}`;
const prisonerName = `Dana Source ${run}`;
const slug = `e2e-sources-${run}`;
const archiveUrl = `https://web.archive.org/web/2026/https://court.example.kz/${run}`;

let sourceId = "";

// Its own run id: the first journey searches the list for `run` and expects one source.
const docRun = randomUUID().slice(0, 8);
const rulingTitle = `Ruling on the appeal of Erbol Document ${docRun}`;
const rulingPrisoner = `Erbol Document ${docRun}`;
const rulingSlug = `e2e-source-document-${docRun}`;
const rulingFile = `appeal-ruling-${docRun}.pdf`;
let rulingId = "";

test.beforeAll(async () => {
  // With fullyParallel, this hook can run again in the same worker: create the fixture once.
  if (sourceId) return;
  const database = connectToE2eDatabase();
  try {
    const ruling = await database.source.create({
      data: { title: rulingTitle, publisher: "Supreme Court", confidence: "CONFIRMED" },
      select: { id: true },
    });
    await database.prisoner.create({
      data: {
        slug: rulingSlug,
        name: { en: rulingPrisoner },
        sortName: `Document Erbol ${docRun}`,
        countryCode: "KZ",
        status: "IMPRISONED",
        summary: { en: "Sentenced for organising a protest." },
        arrestedOn: new Date("2024-02-12T00:00:00Z"),
        state: "PUBLISHED",
        publishedAt: new Date(),
        citations: {
          create: [
            { sourceId: ruling.id, field: "arrestedOn", position: 0 },
            { sourceId: ruling.id, field: null, position: 1 },
          ],
        },
        cases: {
          create: {
            countryCode: "KZ",
            stage: "APPEAL",
            caseNumber: `E2E-DOC-${docRun}`,
            citations: { create: { sourceId: ruling.id } },
          },
        },
      },
    });
    rulingId = ruling.id;
    const source = await database.source.create({
      data: {
        title: sourceTitle,
        publisher: "Almaty City Court",
        url: `https://court.example.kz/${run}`,
        confidence: "CONFIRMED",
      },
      select: { id: true },
    });
    await database.prisoner.create({
      data: {
        slug,
        name: { en: prisonerName },
        sortName: `Source Dana ${run}`,
        countryCode: "KZ",
        status: "IMPRISONED",
        summary: { en: "Sentenced for a post about the war." },
        state: "PUBLISHED",
        publishedAt: new Date(),
        cases: {
          create: {
            countryCode: "KZ",
            stage: "SENTENCED",
            caseNumber: `E2E-${run}`,
            citations: { create: { sourceId: source.id, locator: "p. 4" } },
          },
        },
      },
    });
    sourceId = source.id;
  } finally {
    await database.$disconnect();
  }
});

test("an editor adds a source's archived copy and language; the citing profile shows it", async ({
  page,
}) => {
  const profilePath = `/en/prisoners/${slug}`;
  // Cache the public profile first: the save must refresh it.
  expect((await page.request.get(profilePath)).status()).toBe(200);

  await page.goto("/en/dashboard");
  await page.getByRole("navigation").getByRole("link", { name: "Sources" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sources" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "New source" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New source" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page
    .getByRole("navigation", { name: "Breadcrumb" })
    .getByRole("link", { name: "Sources" })
    .click();

  // The list's own search, not the header's search across content.
  const main = page.getByRole("main");
  await main.getByRole("searchbox", { name: "Search" }).fill(run);
  await main.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText("1 item")).toBeVisible();
  await page.getByRole("link", { name: sourceTitle }).click();

  await expect(page.getByRole("heading", { level: 1, name: sourceTitle })).toBeVisible();
  const citedBy = page.getByRole("table", { name: "Citations of this source" });
  await expect(citedBy.getByRole("link", { name: prisonerName })).toHaveAttribute(
    "href",
    /\/en\/dashboard\/prisoners\/[^/]+\/cases$/,
  );
  await expect(citedBy.getByText(`E2E-${run}`)).toBeVisible();
  await expectNoAxeViolations(page);

  const archive = page.locator('[name="archiveUrl"]');
  const language = page.locator('[name="language"]');
  await page.waitForLoadState("networkidle");
  await archive.fill(archiveUrl);
  await language.fill("Kazakh");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("The form could not be saved: 1 problem.")).toBeVisible();
  await expect(language).toHaveAttribute("aria-invalid", "true");
  await expect(archive).toHaveValue(archiveUrl);
  await expectNoAxeViolations(page);

  await language.fill("kk");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Saved: version 2.")).toBeVisible();
  await page.reload();
  await expect(page.locator('[name="archiveUrl"]')).toHaveValue(archiveUrl);
  await expect(page.locator('[name="language"]')).toHaveValue("kk");

  await expect
    .poll(async () => (await page.request.get(profilePath)).text(), { timeout: 15_000 })
    .toContain(archiveUrl);
  await page.goto(profilePath);
  await expect(page.getByRole("link", { name: sourceTitle })).toHaveAttribute("hreflang", "kk");
});

test("an editor shows a source's PDF on public pages; the citing profile links it as a download", async ({
  page,
}) => {
  const profilePath = `/en/prisoners/${rulingSlug}`;
  // Cache the public profile first: the save must refresh it.
  const before = await page.request.get(profilePath);
  expect(before.status()).toBe(200);
  expect(await before.text()).not.toContain("Document (PDF)");

  await page.goto("/en/dashboard/media");
  await page.locator("#media-upload-file").setInputFiles({
    name: rulingFile,
    mimeType: "application/pdf",
    // A PDF of this run only: identical files are stored once.
    buffer: Buffer.concat([MINIMAL_PDF, Buffer.from(`% ${docRun}\n`)]),
  });
  await page.getByRole("button", { name: "Upload" }).click();
  await expect(page.getByText("The file was uploaded.")).toBeVisible();

  await page.goto(`/en/dashboard/sources/${rulingId}`);
  await expect(page.getByRole("heading", { level: 1, name: rulingTitle })).toBeVisible();
  // "Cited by" names the profile's facts as the prisoner editor does.
  const citedBy = page.getByRole("table", { name: "Citations of this source" });
  await expect(citedBy.getByRole("cell", { name: "Date of arrest", exact: true })).toBeVisible();
  await expect(
    citedBy.getByRole("cell", { name: "The profile as a whole", exact: true }),
  ).toBeVisible();
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Attached document").selectOption({ label: rulingFile });
  await page.getByLabel("Show the document on public pages").check();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Saved: version 2.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Show the document on public pages")).toBeChecked();

  await expect
    .poll(async () => (await page.request.get(profilePath)).text(), { timeout: 15_000 })
    .toContain("Document (PDF)");
  await page.goto(profilePath);
  const sources = page.getByRole("region", { name: "Sources", exact: true });
  const link = sources.getByRole("listitem").filter({ hasText: rulingTitle }).getByRole("link", {
    name: "Document (PDF)",
  });
  await expect(link).toHaveAttribute("href", new RegExp(`^/api/media/[^/]+/${rulingFile}$`));
  await expectNoAxeViolations(page);

  const pdf = await page.request.get((await link.getAttribute("href"))!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect(pdf.headers()["content-disposition"]).toContain(`attachment; filename="${rulingFile}"`);
  expect((await pdf.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
});
