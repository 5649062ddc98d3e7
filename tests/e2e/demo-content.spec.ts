import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

/**
 * What the demo shows a new visitor (prisma/demo): a profile with an illustrative photo, a report
 * with its PDF, and a report page whose summary is said once.
 */
const REPORT = "/reports/kazakhstan-56-victims-of-politically-motivated-prosecution";
const REPORT_SUMMARY =
  "The report looks at the cases of 56 people prosecuted in Kazakhstan for political reasons.";

test("a demo profile shows a drawn silhouette, credited as an illustration, never 'Photo: Photo:'", async ({
  page,
  request,
}) => {
  await page.goto("/en/prisoners/v-buntov");

  const photo = page.getByRole("img", { name: /^Illustration: a grey silhouette/ });
  await expect(photo).toBeVisible();
  await expect(page.locator("figure figcaption")).toHaveText("Illustration");
  const file = await request.get((await photo.getAttribute("src"))!);
  expect(file.status()).toBe(200);
  expect(file.headers()["content-type"]).toMatch(/^image\//);
  expect(await photo.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
  await expectNoAxeViolations(page);
});

test("a demo report offers its PDF with the size in the reader's units, and says its summary once", async ({
  page,
  request,
}) => {
  await page.goto(`/en${REPORT}`);
  const download = page.getByRole("link", { name: /^Download Demo document \(PDF\)/ });
  await expect(download).toContainText(/PDF, \d+(\.\d)? kB/);
  const pdf = await request.get((await download.getAttribute("href"))!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
  await expect(page.locator("main").getByText(REPORT_SUMMARY, { exact: false })).toHaveCount(1);
  await expectNoAxeViolations(page);

  await page.goto(`/ru${REPORT}`);
  await expect(
    page.getByRole("link", { name: /^Скачать: Демонстрационный документ \(PDF\)/ }),
  ).toContainText(/PDF, \d+(,\d)? кБ/);
  await expectNoAxeViolations(page);
});
