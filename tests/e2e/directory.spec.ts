import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { connectToE2eDatabase } from "./database";

/** The directory's result count: a polite live region, so screen readers hear it change. */
const resultCount = (page: Page) =>
  page.getByRole("status").filter({ hasText: /profile|профил|ничего/i });

/** The names listed, in order (each card's heading). */
const results = (page: Page) =>
  page.getByRole("region", { name: /^(Results|Результаты)$/ }).getByRole("heading", { level: 3 });

test.describe("searching the directory with JavaScript", () => {
  for (const spelling of ["Джакишев", "dzhakishev", "Jakishev", "Zhakishev", "Мұхтар"]) {
    test(`typing "${spelling}" finds Mukhtar Dzhakishev and puts the search in the address`, async ({
      page,
    }) => {
      await page.goto("/en/prisoners");

      await page.getByRole("searchbox", { name: "Name" }).fill(spelling);

      await expect(page).toHaveURL(new RegExp(`\\?q=${encodeURIComponent(spelling)}$`, "i"));
      await expect(resultCount(page)).toHaveText("1 profile found");
      await expect(results(page)).toHaveText(["Mukhtar Dzhakishev"]);
    });
  }

  test('"Sentzov" finds Oleg Sentsov, and a typo still finds him', async ({ page }) => {
    await page.goto("/en/prisoners");
    const search = page.getByRole("searchbox", { name: "Name" });

    await search.fill("Sentzov");
    await expect(results(page)).toHaveText(["Oleg Sentsov"]);

    await search.fill("Sentsvo");
    await expect(page).toHaveURL(/\?q=Sentsvo$/);
    await expect(results(page)).toHaveText(["Oleg Sentsov"]);
    await expect(page.getByText("These names are spelt similarly.")).toBeVisible();
  });

  test("a search that finds nobody explains why and suggests the closest name", async ({
    page,
  }) => {
    await page.goto("/en/prisoners?q=Kolchnko");

    await expect(resultCount(page)).toHaveText("No profiles found");
    await expect(page.getByRole("heading", { name: "No one matches your search" })).toBeVisible();
    await page.getByRole("link", { name: "Oleksandr Kolchenko" }).click();

    await expect(page).toHaveURL(/\?q=Oleksandr\+Kolchenko$/);
    await expect(results(page)).toHaveText(["Oleksandr Kolchenko"]);
  });

  test("filters update the results and the address, and the address shows the same results", async ({
    page,
    context,
  }) => {
    await page.goto("/en/prisoners");
    await page.getByText("Filters", { exact: true }).click();

    await page.getByLabel("Country").selectOption({ label: "Russia" });
    await expect(page).toHaveURL(/\?country=ru$/);
    await page.getByLabel("Current status").selectOption({ label: "Imprisoned" });
    await expect(page).toHaveURL(/\?country=ru&status=imprisoned$/);
    await page.getByLabel("Order").selectOption({ label: "Time in detention (longest first)" });
    await expect(page).toHaveURL(/\?country=ru&status=imprisoned&sort=detention$/);
    // Nobody in the demo content has a known date, so detained people follow in name order.
    await expect(results(page)).toContainText(["Oleksandr Kolchenko", "Oleg Sentsov"]);
    // The status filter has reached the cards (the country's list showed both names too): the
    // person facing extradition is gone. Read before that, the names were the previous answer's.
    await expect(results(page).filter({ hasText: "Daria El Zhed" })).toHaveCount(0);
    const names = await results(page).allTextContents();
    expect(names).toContain("Oleg Sentsov");
    expect(names).not.toContain("Mukhtar Dzhakishev");

    const shared = await context.newPage();
    await shared.goto(page.url());
    await expect(results(shared)).toHaveText(names);
    await expect(shared.getByLabel("Country")).toHaveValue("ru");
    await expect(shared.getByLabel("Current status")).toHaveValue("imprisoned");
    await expect(shared.getByLabel("Order")).toHaveValue("detention");
  });

  test("typing keeps the filters already chosen", async ({ page }) => {
    await page.goto("/en/prisoners?country=ru");

    await page.getByRole("searchbox", { name: "Name" }).fill("Oleksandr");

    await expect(page).toHaveURL(/\?q=Oleksandr&country=ru$/);
    await expect(results(page)).toHaveText(["Oleksandr Kolchenko"]);
  });

  test("typing on from one search to another fetches only the results, as JSON, and keeps the focus", async ({
    page,
  }) => {
    await page.goto("/en/prisoners?q=Sentsov");
    await expect(results(page)).toHaveText(["Oleg Sentsov"]);
    // A render of the page would be a request for its RSC payload that is not a link's prefetch.
    const pageRenders: string[] = [];
    page.on("request", (request) => {
      const headers = request.headers();
      if (headers["rsc"] && !headers["next-router-prefetch"]) pageRenders.push(request.url());
    });
    const warnings: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "warning") warnings.push(message.text());
    });
    const answered = page.waitForResponse((response) => response.url().includes("/api/directory?"));
    const search = page.getByRole("searchbox", { name: "Name" });

    await search.fill("Kolchenko");

    const response = await answered;
    expect(response.status()).toBe(200);
    expect(new URL(response.url()).searchParams.get("q")).toBe("Kolchenko");
    await expect(page).toHaveURL(/\/en\/prisoners\?q=Kolchenko$/);
    await expect(resultCount(page)).toHaveText("1 profile found");
    await expect(results(page)).toHaveText(["Oleksandr Kolchenko"]);
    await expect(search).toBeFocused();
    expect(warnings.filter((text) => text.includes("results route"))).toEqual([]);
    expect(pageRenders).toEqual([]);

    // The address it left is the results' own: loading it shows the same.
    await page.reload();
    await expect(results(page)).toHaveText(["Oleksandr Kolchenko"]);
  });

  test("works in Russian", async ({ page }) => {
    await page.goto("/ru/prisoners");

    await page.getByRole("searchbox", { name: "Имя" }).fill("Sentsov");

    await expect(resultCount(page)).toHaveText("Найден 1 профиль");
    await expect(results(page)).toHaveText(["Олег Сенцов"]);
  });
});

test.describe("the directory without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("searches and filters with a plain form submission", async ({ page }) => {
    await page.goto("/en/prisoners");

    await page.getByRole("searchbox", { name: "Name" }).fill("Сенцов");
    await page.getByRole("button", { name: "Search", exact: true }).click();

    await expect(page).toHaveURL(/\/en\/prisoners\?q=%D0%A1%D0%B5%D0%BD%D1%86%D0%BE%D0%B2/);
    await expect(results(page)).toHaveText(["Oleg Sentsov"]);

    await page.getByText("Filters", { exact: true }).click();
    await page.getByLabel("Country").selectOption({ label: "Kazakhstan" });
    await page.getByRole("searchbox", { name: "Name" }).fill("");
    await page.getByRole("button", { name: "Search", exact: true }).click();

    // The empty fields a plain form submits are dropped by a redirect, for a clean address.
    await expect(page).toHaveURL(/\/en\/prisoners\?country=kz$/);
    await expect(results(page)).toContainText([
      "Mukhtar Dzhakishev",
      "Elena Semenova",
      "Iskander Yerimbetov",
    ]);
  });

  test("switches language on a cached directory page, keeping the query", async ({ page }) => {
    // A cached page is rendered at its own path (/en/directory-view/…): its links must not be.
    await page.goto("/en/prisoners?country=kz");
    await page
      .getByRole("navigation", { name: "Language" })
      .getByRole("link", { name: "Русский" })
      .click();

    await expect(page).toHaveURL(/\/ru\/prisoners\?country=kz$/);
    await expect(results(page)).toContainText(["Мухтар Джакишев"]);
  });
});

/**
 * The byte budget of a directory page of 20 results: its HTML, uncompressed (the markup and the
 * payload Next.js inlines for hydration), issue 17's target of 40 KB. It was 59 KB, then 45 KB;
 * what went since: Next.js's default 403/401 pages and a larger root 404 inlined in every page's
 * payload (app/forbidden.tsx, app/unauthorized.tsx, app/not-found.tsx), the dashboard's error
 * messages sent to public pages, utilities repeated on the search form's fields, and each card's
 * country name and match in the packed results.
 */
const RESULTS_PAGE_BUDGET_BYTES = 40_000;

test.describe("paging through many results", () => {
  const SURNAME = "Zyabrikov";
  const COUNT = 30;
  /** Profiles per page (DIRECTORY_PAGE_SIZE, lib/data/prisoner-directory.ts). */
  const PAGE_SIZE = 20;

  test("pages are links that keep the search, with the current page marked", async ({ page }) => {
    // The demo content has nine people; thirty namesakes make two pages. They sort last and are
    // removed at once, so that other journeys never meet them.
    const prisma = connectToE2eDatabase();
    try {
      await prisma.prisoner.createMany({
        data: Array.from({ length: COUNT }, (_, index) => ({
          slug: `e2e-directory-${SURNAME.toLowerCase()}-${index}`,
          name: { en: `Probe ${SURNAME} ${index + 1}`, ru: `Проба Зябриков ${index + 1}` },
          sortName: `${SURNAME} ${String(index + 1).padStart(2, "0")}`,
          countryCode: "RU",
          status: "RELEASED" as const,
          summary: { en: "A test profile for paging." },
          state: "PUBLISHED" as const,
        })),
      });

      await page.goto(`/en/prisoners?q=${SURNAME}`);
      await expect(resultCount(page)).toHaveText(`${COUNT} profiles found`);
      await expect(results(page)).toHaveCount(PAGE_SIZE);
      const pages = page.getByRole("navigation", { name: "Pages" });
      await expect(pages.getByRole("link", { name: "1", exact: true })).toHaveAttribute(
        "aria-current",
        "page",
      );

      await pages.getByRole("link", { name: "Next page" }).click();

      await expect(page).toHaveURL(new RegExp(`\\?q=${SURNAME}&page=2$`));
      await expect(pages.getByRole("link", { name: "2", exact: true })).toHaveAttribute(
        "aria-current",
        "page",
      );
      await expect(results(page)).toHaveCount(COUNT - PAGE_SIZE);
      await expect(results(page).first()).toHaveText(`Probe ${SURNAME} ${PAGE_SIZE + 1}`);
      await expectNoAxeViolations(page);

      // The live search's answers (the JSON route) are pages of the same size.
      await page.goto("/en/prisoners");
      await page.getByRole("searchbox", { name: "Name" }).fill(SURNAME);
      await expect(page).toHaveURL(new RegExp(`\\?q=${SURNAME}$`));
      await expect(resultCount(page)).toHaveText(`${COUNT} profiles found`);
      await expect(results(page)).toHaveCount(PAGE_SIZE);

      // Issue 17: a page of 20 results is under its byte budget, uncompressed, in both locales
      // (the per-request page and its cached page, which proxy.ts serves for clean addresses).
      for (const path of [`/en/prisoners?q=${SURNAME}`, `/ru/prisoners?q=${SURNAME}`]) {
        const response = await page.request.get(path, {
          headers: { "accept-encoding": "identity" },
        });
        const html = await response.text();
        expect(html.match(/<h3[ >]/g), path).toHaveLength(PAGE_SIZE);
        console.log(`[size] ${path}: ${Buffer.byteLength(html)} bytes`);
        expect(Buffer.byteLength(html), path).toBeLessThan(RESULTS_PAGE_BUDGET_BYTES);
        // Next.js's own 403 page (inline styles) is not inlined: app/forbidden.tsx replaces it.
        expect(html, path).not.toContain("This page could not be accessed");
      }
    } finally {
      await prisma.prisoner.deleteMany({
        where: { slug: { startsWith: `e2e-directory-${SURNAME.toLowerCase()}-` } },
      });
      await prisma.$disconnect();
    }
  });
});

test.describe("accessibility of the directory", () => {
  for (const locale of ["en", "ru"] as const) {
    test(`${locale}: results and filters have no WCAG 2.2 AA violations`, async ({ page }) => {
      await page.goto(`/${locale}/prisoners?country=ru&status=detained&sort=detention`);
      await expect(results(page).first()).toBeVisible();
      await expectNoAxeViolations(page);
    });

    test(`${locale}: the empty state has no WCAG 2.2 AA violations`, async ({ page }) => {
      await page.goto(`/${locale}/prisoners?q=Kolchnko&tag=crimea`);
      await expect(page.getByRole("heading", { level: 3 })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
});
