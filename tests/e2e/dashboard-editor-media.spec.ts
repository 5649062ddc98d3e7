import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import sharp from "sharp";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { jpegWithGpsExif, SCRIPT_NAMED_JPG } from "../fixtures/media-files";
import { expectNoAxeViolations } from "./axe";
import { connectToE2eDatabase } from "./database";

/**
 * The media library and the prisoner import, as an editor (the `editor` project's session).
 * Uploads go through the real form and route; the import runs without JavaScript, as a browser
 * with scripts off would post it.
 */

const run = randomUUID().slice(0, 8);
let database: PrismaClient;
let countryCode: string;

test.beforeAll(async () => {
  database = connectToE2eDatabase();
  countryCode = (await database.country.findFirstOrThrow({ select: { code: true } })).code;
});

test.afterAll(async () => {
  await database.$disconnect();
});

test.describe("media library", () => {
  test("an editor uploads a phone photo; it is stored without its GPS position", async ({
    page,
  }) => {
    await page.goto("/en/dashboard/media");
    await expect(page.getByRole("heading", { level: 1, name: "Media library" })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.locator("#media-upload-file").setInputFiles({
      name: `holiday-${run}.jpg`,
      mimeType: "image/jpeg",
      buffer: await jpegWithGpsExif(1600, 1200),
    });
    await page.getByLabel("Text alternative (English)").fill(`A courtroom, ${run}`);
    await page.getByLabel("Credit").fill("Vigil");
    await page.getByRole("button", { name: "Upload" }).click();

    await expect(page.getByText("The file was uploaded.")).toBeVisible();
    const image = page.getByRole("img", { name: `A courtroom, ${run}` });
    await expect(image).toBeVisible();
    await expect
      .poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(0);
    await expectNoAxeViolations(page);

    const id = page.url().split("/dashboard/media/")[1]!.split("?")[0]!;
    const response = await page.request.get(`/api/dashboard/media/${id}`);
    expect(response.headers()["cache-control"]).toContain("private");
    const metadata = await sharp(await response.body()).metadata();
    expect(metadata.exif).toBeUndefined();
    // Turned upright by the orientation tag.
    expect([metadata.width, metadata.height]).toEqual([1200, 1600]);
    // Not published anywhere: the public route does not serve it.
    expect((await page.request.get(`/api/media/${id}/photo.jpg`)).status()).toBe(404);
  });

  test("a script renamed .jpg is refused with a clear message, keeping the typed text", async ({
    page,
  }) => {
    await page.goto("/en/dashboard/media");
    await page.locator("#media-upload-file").setInputFiles({
      name: "photo.jpg",
      mimeType: "image/jpeg",
      buffer: SCRIPT_NAMED_JPG,
    });
    await page.getByLabel("Text alternative (English)").fill(`Not a photo ${run}`);
    await page.getByRole("button", { name: "Upload" }).click();

    // Not Next.js's route announcer, which is an (empty) alert as well.
    await expect(page.getByRole("main").getByRole("alert")).toContainText(
      "its content is not an image",
    );
    await expect(page.getByLabel("Text alternative (English)")).toHaveValue(`Not a photo ${run}`);
    await expectNoAxeViolations(page);
  });
});

test.describe("prisoner import", () => {
  test("shows errors per row and column, accessibly", async ({ page }) => {
    await page.goto("/en/dashboard/prisoners/import");
    await expectNoAxeViolations(page);
    await page
      .getByLabel("Or paste the CSV text")
      .fill(`name_en,sort_name,country_code,status\n,Nobody ${run},${countryCode},JAILED\n`);
    await page.getByRole("button", { name: "Check the file" }).click();

    await expect(page.getByText("name_en: The English text is required.")).toBeVisible();
    await expect(page.getByText("status: Choose a status from the list.")).toBeVisible();
    await expect(page.getByRole("button", { name: /^Import/ })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });
});

test.describe("prisoner import without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an editor checks a CSV, sees a duplicate, and imports the rest as drafts", async ({
    page,
  }) => {
    const first = `Erlan Imported ${run}`;
    const csv = [
      "name_en,name_ru,sort_name,country_code,status,arrested_on",
      `${first},,Imported Erlan,${countryCode},IMPRISONED,2023-04`,
      `Dana Imported ${run},,Imported Dana,${countryCode},HOUSE_ARREST,`,
      `${first},,Imported Erlan,${countryCode},IMPRISONED,`,
    ].join("\n");

    await page.goto("/en/dashboard/prisoners/import");
    await page.getByLabel("Or paste the CSV text").fill(csv);
    await page.getByRole("button", { name: "Check the file" }).click();

    await expect(page.getByRole("heading", { name: "Preview" })).toBeVisible();
    await expect(page.getByText("3 rows: all valid, 1 likely duplicate.")).toBeVisible();
    await expect(page.getByText("Looks like the person on line 2 of this file")).toBeVisible();
    await expect(page.getByLabel("Action for line 4")).toHaveValue("skip");
    expect(
      await database.prisoner.count({
        where: { sortName: { contains: "Imported" }, slug: { contains: run } },
      }),
    ).toBe(0);

    await page.getByRole("button", { name: "Import 3 rows" }).click();

    await expect(page.getByRole("heading", { name: "Import complete" })).toBeVisible();
    await expect(page.getByText("2 draft profiles created, none merged, 1 skipped.")).toBeVisible();
    const created = await database.prisoner.findMany({
      where: { slug: { contains: run } },
      select: { state: true },
    });
    expect(created.map((p) => p.state)).toEqual(["DRAFT", "DRAFT"]);
  });
});
