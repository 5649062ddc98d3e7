import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { expectNoAxeViolations } from "./axe";
import { connectToE2eDatabase } from "./database";

/**
 * The prisoner profile. Fixtures are NEW rows with slugs unique to this run (the demo profiles'
 * pages may already be cached): a draft profile, and a published one with redacted fields, events
 * (one unpublished) and sources.
 */
const run = randomBytes(4).toString("hex");
const draftSlug = `e2e-draft-${run}`;
const redactedSlug = `e2e-redacted-${run}`;
const hiddenRegion = `Hidden region ${run}`;
const hiddenVariant = `Hidden variant ${run}`;
const draftEventTitle = `Unpublished event ${run}`;

let database: PrismaClient;
let created = false;

test.beforeAll(async () => {
  database = connectToE2eDatabase();
  // With fullyParallel, this hook can run again in the same worker: create the fixture once.
  if (created) return;
  created = true;
  const source = await database.source.create({
    data: {
      title: `Court verdict ${run}`,
      publisher: "District court",
      url: "https://example.org/verdict",
      confidence: "CONFIRMED",
      language: "en",
    },
  });
  const profile = {
    sortName: `E2e ${run}`,
    countryCode: "KZ",
    region: { en: hiddenRegion, ru: hiddenRegion },
    status: "IMPRISONED" as const,
    arrestedOn: new Date("2022-04-26T00:00:00Z"),
    summary: {
      en: "A person documented by the end-to-end tests.",
      ru: "Человек из сквозных тестов.",
    },
    nameVariants: {
      create: [{ value: hiddenVariant, script: "LATIN" as const, kind: "ALIAS" as const }],
    },
  };
  await database.prisoner.create({
    data: { ...profile, slug: draftSlug, name: { en: `Draft ${run}` }, state: "DRAFT" },
  });
  const published = await database.prisoner.create({
    data: {
      ...profile,
      slug: redactedSlug,
      name: { en: `Redacted Person ${run}`, ru: `Скрытый Человек ${run}` },
      state: "PUBLISHED",
      publishedAt: new Date(),
      redactedFields: ["region", "nameVariants"],
      citations: { create: [{ sourceId: source.id, field: "status" }] },
    },
  });
  const events = [
    { date: "2022-04-26", title: "Arrested at home", state: "PUBLISHED" },
    { date: "2023-07-10", title: "Sentenced", state: "PUBLISHED" },
    { date: "2024-01-01", title: draftEventTitle, state: "DRAFT" },
  ] as const;
  for (const event of events) {
    await database.event.create({
      data: {
        date: new Date(`${event.date}T00:00:00Z`),
        type: "HEARING",
        title: { en: event.title },
        text: { en: `${event.title}.` },
        state: event.state,
        prisoners: { create: [{ prisonerId: published.id }] },
        citations: { create: [{ sourceId: source.id }] },
      },
    });
  }
});

test.afterAll(async () => {
  await database?.$disconnect();
});

const reportLabel = "What is wrong?";

async function fillReport(page: Page, message: string, sourceUrl = "") {
  await page.getByLabel(reportLabel).fill(message);
  await page.getByLabel("Link to a source").fill(sourceUrl);
  await page.getByRole("button", { name: "Send the report" }).click();
}

test.describe("a profile", () => {
  test("reads in English with its key facts, criteria, timeline and sources", async ({ page }) => {
    await page.goto("/en/prisoners/mukhtar-dzhakishev");

    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mukhtar Dzhakishev");
    await expect(page.getByText("Released on parole", { exact: true })).toBeVisible();
    // The native spelling carries its own language.
    await expect(page.locator('[lang="kk"]', { hasText: "Мұхтар Жәкішев" })).toBeVisible();
    for (const heading of ["Key facts", "Why a political prisoner", "Timeline", "Sources"]) {
      await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
    }
    await expect(page.getByText("Clearly unfair proceedings")).toBeVisible();
    await expect(page.getByText("Confidence: Reported").first()).toBeVisible();
  });

  test("reads in Russian", async ({ page }) => {
    await page.goto("/ru/prisoners/mukhtar-dzhakishev");

    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Мухтар Джакишев");
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
    for (const heading of [
      "Основные факты",
      "Почему мы считаем это дело политическим",
      "Хронология",
    ]) {
      await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
    }
    await expect(page.getByText("Достоверность: сообщается").first()).toBeVisible();
  });

  test("lists its timeline oldest first on request, once in the page", async ({ page }) => {
    await page.goto(`/en/prisoners/${redactedSlug}`);
    const timeline = page.getByRole("region", { name: "Timeline" });
    const titles = timeline.getByRole("heading", { level: 3 });
    await expect(titles).toHaveText(["Sentenced", "Arrested at home"]);

    await timeline.getByLabel("Oldest first").check();

    await expect(titles).toHaveText(["Arrested at home", "Sentenced"]);
    // Reordered, not a second copy: each event and each citation exists once.
    await expect(page.getByRole("heading", { level: 3, name: "Sentenced" })).toHaveCount(1);
    await expectNoAxeViolations(page);
  });

  test("loads no script that the page's security policy refuses", async ({ page }) => {
    const session = await page.context().newCDPSession(page);
    const issues: string[] = [];
    session.on("Audits.issueAdded", ({ issue }) => issues.push(JSON.stringify(issue)));
    await session.send("Audits.enable");

    await page.goto("/en/prisoners/oleg-sentsov");
    await expect(page.getByRole("button", { name: "Send the report" })).toBeEnabled();
    await page.waitForLoadState("networkidle");

    expect(issues.filter((issue) => issue.includes("ContentSecurityPolicy"))).toEqual([]);
  });

  test("leads from a citation to its source", async ({ page }) => {
    await page.goto("/en/prisoners/mukhtar-dzhakishev");

    await page.getByRole("link", { name: "Source 1", exact: true }).first().click();

    await expect(page).toHaveURL(/#source-1$/);
    const source = page.locator("#source-1");
    await expect(source).toBeFocused();
    await expect(source).toBeInViewport();
    await expect(
      source.getByRole("link", { name: /Back to citation 1 of source 1/ }),
    ).toBeVisible();
  });

  test("of a draft answers 404", async ({ page }) => {
    const response = await page.goto(`/en/prisoners/${draftSlug}`);

    expect(response?.status()).toBe(404);
    await expect(page.getByText(`Draft ${run}`)).toHaveCount(0);
  });

  test("never shows a redacted field or an unpublished event, not even in the HTML", async ({
    page,
    request,
  }) => {
    await page.goto(`/en/prisoners/${redactedSlug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Redacted Person ${run}`);
    await expect(page.getByRole("heading", { level: 3, name: "Sentenced" })).toBeVisible();

    for (const locale of ["en", "ru"]) {
      const html = await (await request.get(`/${locale}/prisoners/${redactedSlug}`)).text();
      expect(html).toContain(locale === "en" ? `Redacted Person ${run}` : `Скрытый Человек ${run}`);
      expect(html).not.toContain(hiddenRegion);
      expect(html).not.toContain(hiddenVariant);
      expect(html).not.toContain(draftEventTitle);
    }
  });

  for (const [locale, slug] of [
    ["en", "mukhtar-dzhakishev"],
    ["ru", "elena-semenova"],
    ["en", redactedSlug],
    ["ru", redactedSlug],
  ] as const) {
    test(`${locale}/${slug.startsWith("e2e-") ? "a test profile" : slug} has no WCAG 2.2 AA violations`, async ({
      page,
    }) => {
      await page.goto(`/${locale}/prisoners/${slug}`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

      await expectNoAxeViolations(page);
    });
  }
});

test.describe("reporting an inaccuracy with JavaScript", () => {
  test("keeps what was typed and says what to fix when the report is invalid", async ({ page }) => {
    await page.goto("/en/prisoners/oleg-sentsov");

    await fillReport(page, "Too short", "not a web address");

    await expect(page.getByText("The report was not sent.")).toBeVisible();
    await expect(
      page.getByText("Describe what is wrong in at least 10 characters.").first(),
    ).toBeVisible();
    await expect(page.getByLabel(reportLabel)).toHaveValue("Too short");
    await expect(page.getByLabel(reportLabel)).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Link to a source")).toHaveValue("not a web address");
    await expectNoAxeViolations(page);
  });

  test("sends the report and confirms it", async ({ page }) => {
    await page.goto("/en/prisoners/oleg-sentsov");

    await fillReport(
      page,
      `The region is out of date (JavaScript test ${run}).`,
      "https://example.org/",
    );

    await expect(
      page.getByText("Thank you. Your report has been sent to the editors."),
    ).toBeVisible();
    await expect(page.getByLabel(reportLabel)).toHaveValue("");
    const stored = await database.inaccuracyReport.findFirst({
      where: { message: `The region is out of date (JavaScript test ${run}).` },
      select: { sourceUrl: true, locale: true, ipHash: true },
    });
    expect(stored).toMatchObject({ sourceUrl: "https://example.org/", locale: "en" });
    expect(stored?.ipHash).toMatch(/^[0-9a-f]{64}$/);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a report keeps what was typed when invalid, then is sent and confirmed", async ({
    page,
  }) => {
    await page.goto("/ru/prisoners/oleg-sentsov");

    await page.getByLabel("Что не так?").fill("Коротко");
    await page.getByRole("button", { name: "Отправить сообщение" }).click();

    await expect(page).toHaveURL(/\/ru\/prisoners\/oleg-sentsov#report-inaccuracy$/);
    await expect(page.getByText("Сообщение не отправлено.")).toBeVisible();
    await expect(page.getByLabel("Что не так?")).toHaveValue("Коротко");

    const message = `Неверная дата задержания (тест без JavaScript ${run}).`;
    await page.getByLabel("Что не так?").fill(message);
    await page.getByRole("button", { name: "Отправить сообщение" }).click();

    await expect(page.getByText("Спасибо. Ваше сообщение передано редакции.")).toBeVisible();
    expect(await database.inaccuracyReport.count({ where: { message, locale: "ru" } })).toBe(1);
  });

  test("the timeline reads newest first, with no order switch that could not work", async ({
    page,
  }) => {
    await page.goto(`/en/prisoners/${redactedSlug}`);
    const timeline = page.getByRole("region", { name: "Timeline" });

    await expect(timeline.getByRole("heading", { level: 3 })).toHaveText([
      "Sentenced",
      "Arrested at home",
    ]);
    await expect(timeline.getByLabel("Oldest first")).toBeHidden();
  });
});
