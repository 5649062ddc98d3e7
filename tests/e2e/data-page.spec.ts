import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

// The open-data page (/en/data, /ru/data). A fresh database gets its first dataset before the
// build (scripts/lib/first-dataset.ts), so the prerendered page lists one.

const LICENCE = "Creative Commons Attribution 4.0 International (CC BY 4.0)";

function sha256(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}

test("the English page explains the API, its licence and every field, from the document", async ({
  page,
  baseURL,
}) => {
  const foreign: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).origin !== new URL(baseURL!).origin) foreign.push(request.url());
  });
  await page.goto("/en");
  await page.getByRole("contentinfo").getByRole("link", { name: "Open data" }).click();
  await expect(page).toHaveURL(/\/en\/data$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Open data");

  // The rate limit is the API's own (REQUEST_LIMITS["api-ip"]), as its headers say.
  const answer = await page.request.get("/api/v1/countries");
  const limit = answer.headers()["ratelimit-limit"];
  expect(limit).toMatch(/^\d+$/);
  await expect(page.locator("#limits")).toContainText(`${limit} requests per`);

  // A field of the prisoner response, with its type and the document's description.
  const profileFields = page.getByRole("region", { name: "Fields of PrisonerProfile" });
  const arrested = profileFields.getByRole("row", { name: /^arrestedOn\b/ });
  await expect(arrested).toContainText("CalendarDate | null");
  const document = (await (await page.request.get("/api/v1/openapi.json")).json()) as {
    components: { schemas: Record<string, { properties: Record<string, unknown> }> };
  };
  const fields = Object.keys(document.components.schemas.PrisonerProfile!.properties);
  for (const field of fields) {
    await expect(profileFields.getByRole("rowheader", { name: field, exact: true })).toHaveCount(1);
  }
  await expect(
    page.getByRole("heading", { name: "GET /api/v1/prisoners/{slug}", level: 3 }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "openapi.json" })).toHaveAttribute(
    "href",
    "/api/v1/openapi.json",
  );

  const licence = page.getByRole("link", { name: LICENCE });
  await expect(licence).toHaveAttribute("href", "https://creativecommons.org/licenses/by/4.0/");
  await expect(page.locator("#licence blockquote")).toContainText(
    /Vigil\. Political prisoners: open data, dataset of \d{4}-\d{2}-\d{2}\. http.*\/en\/data\./,
  );
  await expect(page.locator("#datasets")).toContainText("every day at 04:41 UTC");

  await expectNoAxeViolations(page);
  expect(foreign).toEqual([]);
});

test("a dataset's file downloads from the page and matches SHA256SUMS", async ({ page }) => {
  await page.goto("/en/data");
  const datasets = page.locator("#datasets");
  const checksums = await page.request.get(
    (await datasets.getByRole("link", { name: "Checksums (SHA256SUMS)" }).getAttribute("href"))!,
  );
  expect(checksums.status()).toBe(200);
  const sums = new Map(
    (await checksums.text())
      .trim()
      .split("\n")
      .map((line) => {
        const [hash = "", name = ""] = line.split(/\s+\*?/);
        return [name, hash] as const;
      }),
  );
  expect(sums.get("prisoners.csv.gz")).toMatch(/^[0-9a-f]{64}$/);

  const table = datasets.getByRole("table").first();
  const downloading = page.waitForEvent("download");
  await table.getByRole("link", { name: "prisoners.csv.gz", exact: true }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("prisoners.csv.gz");
  expect(sha256(await readFile(await download.path()))).toBe(sums.get("prisoners.csv.gz"));

  const dictionary = await page.request.get(
    (await datasets.getByRole("link", { name: "Data dictionary" }).getAttribute("href"))!,
  );
  expect(dictionary.status()).toBe(200);
  expect(sha256(await dictionary.body())).toBe(sums.get("data-dictionary.md"));
});

test("the Russian page is in Russian, with English field descriptions said so", async ({
  page,
}) => {
  await page.goto("/ru/data");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Открытые данные");
  await expect(page.getByRole("heading", { name: "Лицензия и цитирование" })).toBeVisible();
  await expect(
    page.getByText("Описания полей и параметров приводятся на английском"),
  ).toBeVisible();
  const profileFields = page.getByRole("region", { name: "Поля PrisonerProfile" });
  await expect(profileFields.getByRole("columnheader", { name: "Описание" })).toBeVisible();
  await expect(
    profileFields.getByRole("rowheader", { name: "arrestedOn", exact: true }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: LICENCE })).toBeVisible();
  await expect(page.locator("#licence blockquote")).toContainText("/ru/data");
  await expectNoAxeViolations(page);
});

test("the page works without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/en/data");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Open data");
  await expect(
    page.getByRole("region", { name: "Fields of PrisonerProfile" }).getByRole("rowheader", {
      name: "arrestedOn",
      exact: true,
    }),
  ).toBeVisible();
  await expect(
    page.locator("#datasets").getByRole("link", { name: "prisoners.csv.gz" }).first(),
  ).toBeVisible();
  await context.close();
});
