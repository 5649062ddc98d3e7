import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

// The demo content: Kazakhstan and Russia have published prisoners; one news item is dated 2020
// and concerns Kazakhstan; the 2018 letter of eight MEPs names its signatories.
const LETTER_WITH_SIGNATORIES = "/letters/eight-meps-to-president-nazarbayev-2018";
const PETITION = "/letters/demo-petition-free-kazakhstans-political-prisoners";
const REPORT = "/reports/kazakhstan-56-victims-of-politically-motivated-prosecution";
const NEWS_ITEM = "/news/mukhtar-dzhakishev-released-on-parole";

test("the countries index leads to a country's overview and on to a prisoner", async ({ page }) => {
  await page.goto("/en");
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Countries", exact: true })
    .click();
  await expect(page).toHaveURL(/\/en\/countries$/);

  await page.getByRole("link", { name: "Kazakhstan" }).click();

  await expect(page).toHaveURL(/\/en\/countries\/kz$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kazakhstan");
  const figures = page.getByRole("region", { name: "Key figures" });
  await expect(figures.getByText("Prisoners documented")).toBeVisible();
  await expect(figures.getByRole("table")).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Publications" }).getByRole("link").first(),
  ).toBeVisible();

  await page
    .getByRole("region", { name: "Prisoners" })
    .getByRole("link", { name: "Mukhtar Dzhakishev" })
    .click();

  await expect(page).toHaveURL(/\/en\/prisoners\/mukhtar-dzhakishev$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mukhtar Dzhakishev");
});

test("a country page exists only for a known country code in lower case", async ({ page }) => {
  expect((await page.goto("/en/countries/zz"))?.status()).toBe(404);
  expect((await page.goto("/en/countries/KZ"))?.status()).toBe(404);
});

test("news filtered by year and country have a shareable address that shows the same results", async ({
  page,
  context,
}) => {
  await page.goto("/en/news");
  await page.getByLabel("Year").selectOption("2020");
  await page.getByLabel("Country").selectOption({ label: "Kazakhstan" });
  await page.getByRole("button", { name: "Show results" }).click();

  await expect(page).toHaveURL(/[?&]year=2020(&|$)/);
  await expect(page).toHaveURL(/[?&]country=kz(&|$)/);
  await expect(page.getByText("1 publication", { exact: true })).toBeVisible();
  const result = page.getByRole("link", { name: "Mukhtar Dzhakishev released on parole" });
  await expect(result).toBeVisible();

  // The address alone, opened elsewhere, gives the same list and the same form.
  const shared = await context.newPage();
  await shared.goto(page.url());
  await expect(shared.getByText("1 publication", { exact: true })).toBeVisible();
  await expect(
    shared.getByRole("link", { name: "Mukhtar Dzhakishev released on parole" }),
  ).toBeVisible();
  await expect(shared.getByLabel("Year")).toHaveValue("2020");
  await expect(shared.getByLabel("Country")).toHaveValue("kz");

  await shared.getByRole("link", { name: "Clear filters" }).first().click();
  await expect(shared).toHaveURL(/\/en\/news$/);
});

test("the news filters work without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/en/news");
  await page.getByLabel("Type").selectOption("STATEMENT");
  await page.getByRole("button", { name: "Show results" }).click();

  await expect(page).toHaveURL(/[?&]type=STATEMENT(&|$)/);
  await expect(page.getByText("5 publications", { exact: true })).toBeVisible();
  await context.close();
});

test("a report page shows the report and the countries it concerns", async ({ page }) => {
  await page.goto("/en/reports");
  await page
    .getByRole("link", { name: "56 victims of politically motivated prosecution in Kazakhstan" })
    .click();

  await expect(page).toHaveURL(new RegExp(`/en${REPORT}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "56 victims of politically motivated prosecution in Kazakhstan",
  );
  await expect(page.getByText("Report", { exact: true })).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Countries" }).getByRole("link", { name: "Kazakhstan" }),
  ).toHaveAttribute("href", "/en/countries/kz");
});

test("a letter page lists its notable signatories", async ({ page }) => {
  await page.goto("/en/letters");
  await expect(page.getByText("8 notable signatories")).toBeVisible();

  await page.getByRole("link", { name: "Eight MEPs' open letter to President Nazarbayev" }).click();

  await expect(page).toHaveURL(new RegExp(`/en${LETTER_WITH_SIGNATORIES}$`));
  const signatories = page.getByRole("region", { name: "Notable signatories" });
  await expect(signatories.getByRole("row")).toHaveCount(9);
  await expect(signatories.getByRole("rowheader", { name: "J. Stetina" })).toBeVisible();
  await expect(signatories.getByText("Member of the European Parliament").first()).toBeVisible();
});

test("a petition shows its progress and a sign form with nothing pre-ticked", async ({ page }) => {
  await page.goto(`/en${PETITION}`);

  // Nobody signs the demo petition in these tests (the signing journey uses petitions of its own).
  await expect(page.getByText("0 of 1,000 signatures")).toBeVisible();
  const sign = page.getByRole("region", { name: "Sign this petition" });
  await expect(sign.getByLabel(/^Your name/)).toBeVisible();
  await expect(sign.getByRole("checkbox", { name: /I agree/ })).not.toBeChecked();
  await expect(sign.getByRole("radio", { checked: true })).toHaveCount(0);
  await expect(sign.getByRole("button", { name: "Sign the petition" })).toBeVisible();
});

test("the statistics page shows each figure as a chart and as a data table", async ({ page }) => {
  await page.goto("/en");
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Statistics", exact: true })
    .click();
  await expect(page).toHaveURL(/\/en\/statistics$/);

  for (const title of ["By country", "By current status", "By year of arrest", "By charge"]) {
    const figure = page.getByRole("region", { name: title });
    await expect(figure.getByRole("img", { name: /^Bar chart/ })).toBeVisible();
    // Recharts is loaded when a chart comes into view; the server-drawn chart stands in until then.
    await figure.scrollIntoViewIfNeeded();
    await expect(figure.locator(".recharts-surface")).toBeVisible();
  }

  // The demo documents 6 people in Russia and 3 in Kazakhstan; other tests add more while the
  // suite runs (some straight into the database, which no cache hears of). The table and the
  // chart's accessible name must give the same figures.
  const byCountry = page.getByRole("region", { name: "By country" });
  await byCountry.getByText("Show the data as a table").click();
  const table = byCountry.getByRole("table", { name: "Documented prisoners by country" });
  await expect(table).toBeVisible();
  const figureOf = async (country: string) => {
    const row = table.getByRole("row", { name: new RegExp(`^${country} \\d+$`) });
    await expect(row).toBeVisible();
    return Number(/\d+$/.exec((await row.textContent())?.trim() ?? "")?.[0]);
  };
  const [russia, kazakhstan] = [await figureOf("Russia"), await figureOf("Kazakhstan")];
  expect(russia).toBeGreaterThanOrEqual(6);
  expect(kazakhstan).toBeGreaterThanOrEqual(3);
  // The chart names each country's figure (in an order that the additions may change).
  await expect(byCountry.getByRole("img").first()).toHaveAccessibleName(
    new RegExp(`^(?=.*Russia ${russia}\\b)(?=.*Kazakhstan ${kazakhstan}\\b)`),
  );
});

test("the feeds and the sitemap answer with XML", async ({ page, request }) => {
  const feed = await request.get("/en/feed.xml");
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toContain("application/atom+xml");
  expect(await feed.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');

  const prisonerFeed = await request.get("/ru/prisoners/mukhtar-dzhakishev/feed.xml");
  expect(prisonerFeed.status()).toBe(200);
  expect(await prisonerFeed.text()).toContain("Мухтар Джакишев");
  expect((await request.get("/en/prisoners/no-such-person/feed.xml")).status()).toBe(404);

  // The sitemap is an index of files by section and locale (lib/sitemap).
  const sitemap = await request.get("/sitemap.xml");
  expect(sitemap.status()).toBe(200);
  expect(await sitemap.text()).toMatch(
    /<sitemapindex[\s\S]*<loc>[^<]*\/sitemaps\/prisoners-en-1\.xml<\/loc>/,
  );
  const countries = await (await request.get("/sitemaps/countries-en-1.xml")).text();
  expect(countries).toContain("<urlset");
  expect(countries).toMatch(/<loc>[^<]*\/en\/countries\/kz<\/loc>/);
  const prisoners = await (await request.get("/sitemaps/prisoners-en-1.xml")).text();
  expect(prisoners).toMatch(/hreflang="ru" href="[^"]*\/ru\/prisoners\/oleg-sentsov"/);

  const robots = await request.get("/robots.txt");
  expect(await robots.text()).toMatch(/Disallow: \/api\/[\s\S]*Sitemap: .*\/sitemap\.xml/);

  // The news pages announce the feed to browsers and feed readers.
  await page.goto("/en/news");
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
    "href",
    /\/en\/feed\.xml$/,
  );
});

const pages = [
  "/countries",
  "/countries/kz",
  "/statistics",
  "/news",
  "/news?country=kz&year=2020",
  NEWS_ITEM,
  "/reports",
  REPORT,
  "/letters",
  LETTER_WITH_SIGNATORIES,
  PETITION,
];

for (const locale of ["en", "ru"] as const) {
  test(`the public pages pass the accessibility checks in ${locale}`, async ({ page }) => {
    test.setTimeout(120_000);
    for (const path of pages) {
      const response = await page.goto(`/${locale}${path}`);
      expect(response?.status(), path).toBe(200);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      if (path === "/statistics") {
        // Check the tables too, not only the closed disclosures.
        for (const summary of await page.locator("main details > summary").all())
          await summary.click();
      }
      await expectNoAxeViolations(page);
    }
  });
}
