import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

/**
 * "Write a letter" and "Who needs a letter today" (issue 19 part 2), on the demo content
 * (prisma/demo/detentions.ts): Oleg Sentsov is held in an (illustrative) Russian facility whose
 * letters arrive; Oleksandr Kolchenko's (illustrative) colony is marked "letters do not arrive".
 */

const SENTSOV = "/en/prisoners/oleg-sentsov/write";

test("the write page shows the envelope in Russian Post's order, the rules, and passes axe", async ({
  page,
}) => {
  await page.goto("/en/prisoners/oleg-sentsov");
  await page.getByRole("link", { name: /^Write a letter/ }).click();
  await expect(page).toHaveURL(SENTSOV);
  await expect(
    page.getByRole("heading", { level: 1, name: "Write a letter to Oleg Sentsov" }),
  ).toBeVisible();

  const address = page.getByTestId("envelope-address");
  await expect(address).toHaveAttribute("lang", "ru");
  // Recipient in Cyrillic first, the postcode last before the country line.
  const lines = (await address.locator("span").allInnerTexts()).map((line) => line.trim());
  expect(lines[0]).toMatch(/Сенцов/);
  expect(lines.at(-2)).toBe("101000");
  expect(lines.at(-1)).toBe("RUSSIA");
  await expect(page.getByTestId("letter-arrival")).toContainText("Letters reach Oleg Sentsov.");
  await expect(page.getByTestId("country-letter-rules")).toContainText("Write in Russian");
  await expectNoAxeViolations(page);
});

test("the envelope and the letter sheet download as PDF", async ({ page, request }) => {
  await page.goto(SENTSOV);
  for (const name of ["Envelope (PDF, DL size)", "Letter sheet (PDF, A4)"]) {
    const href = await page.getByRole("link", { name }).getAttribute("href");
    expect(href).toMatch(/^\/en\/prisoners\/oleg-sentsov\/write\/(envelope|letter)\.pdf$/);
    const response = await request.get(href!);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    expect(response.headers()["set-cookie"]).toBeUndefined();
    expect((await response.body()).subarray(0, 5).toString()).toBe("%PDF-");
  }
});

test("'I sent a letter' counts one letter without JavaScript and without cookies", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(SENTSOV);
  const count = async () =>
    Number(((await page.getByTestId("letters-this-month").innerText()).match(/\d+/) ?? ["0"])[0]);
  const before = await count();

  await page.getByRole("button", { name: "I sent a letter" }).click();
  await expect(page.getByText("Thank you. Your letter is counted.")).toBeVisible();
  expect(await context.cookies()).toEqual([]);
  // The cached page is refreshed by its tag: a reload shows the new count within seconds.
  await expect
    .poll(
      async () => {
        await page.goto(SENTSOV);
        return count();
      },
      { timeout: 15_000 },
    )
    .toBe(before + 1);
  await context.close();
});

test("a prisoner whose letters do not arrive gets no address, no PDF and no suggestion", async ({
  page,
  request,
}) => {
  await page.goto("/en/prisoners/oleksandr-kolchenko/write");
  await expect(page.getByText("Letters to Oleksandr Kolchenko do not arrive")).toBeVisible();
  await expect(page.getByTestId("envelope-address")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "I sent a letter" })).toHaveCount(0);
  await expect(page.getByText("Примерная")).toHaveCount(0);
  expect((await request.get("/en/prisoners/oleksandr-kolchenko/write/envelope.pdf")).status()).toBe(
    404,
  );

  for (let draw = 0; draw < 5; draw += 1) {
    await page.goto("/en/write");
    await expect(page.getByTestId("letter-suggestion")).toBeVisible();
    await expect(page.getByRole("main")).not.toContainText("Oleksandr Kolchenko");
  }
});

test("'who needs a letter today' suggests someone, and 'suggest someone else' works without JavaScript", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/ru/write");
  await expect(
    page.getByRole("heading", { level: 1, name: "Кому нужно письмо сегодня" }),
  ).toBeVisible();
  const suggestion = page.getByTestId("letter-suggestion");
  const first = await suggestion.getByRole("heading", { level: 2 }).innerText();
  await suggestion.getByRole("link", { name: "Предложить другого человека" }).click();
  await expect(page).toHaveURL(/\/ru\/write\?exclude=[a-z0-9-]+$/);
  await expect(page.getByTestId("letter-suggestion")).toBeVisible();
  // With more than one writable demo prisoner, the one just shown is not suggested again.
  await expect(
    page.getByTestId("letter-suggestion").getByRole("heading", { level: 2 }),
  ).not.toHaveText(first);
  await context.close();
});

test("'who needs a letter today' passes axe", async ({ page }) => {
  await page.goto("/en/write");
  await expect(
    page.getByRole("heading", { level: 1, name: "Who needs a letter today" }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});
