import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { expectNoAxeViolations } from "./axe";
import { connectToE2eDatabase } from "./database";

/**
 * Long editor forms in sections (issue 18, item 4), beyond the profile's Basics tab: the Cases,
 * Detentions and Timeline tabs have one section per row (the contents follow the rows added and
 * removed), and a reference item's form (a place of detention) its groups of fields. Each
 * contents link moves the reading and the keyboard to its section; the contents are in the page
 * without JavaScript. Signed in as an editor.
 */

const run = randomUUID().slice(0, 8);
let database: PrismaClient;
let prisonerId = "";
let facilityId = "";
let countryCode = "";
const caseTitle = `S-${run} — Case A ${run}`;
const facilityName = `Colony Sections ${run}`;

test.beforeAll(async () => {
  database = connectToE2eDatabase();
  // With fullyParallel, this hook can run again in the same worker: create the fixture once.
  if (prisonerId) return;
  countryCode = (await database.country.findFirstOrThrow({ select: { code: true } })).code;
  facilityId = (
    await database.facility.create({
      data: {
        slug: `sections-e2e-${run}`,
        name: { en: facilityName, ru: `Колония разделы ${run}` },
        kind: "PENAL_COLONY",
        countryCode,
      },
      select: { id: true },
    })
  ).id;
  const name = `Sections Person ${run}`;
  prisonerId = (
    await database.prisoner.create({
      data: {
        slug: `sections-e2e-${run}`,
        name: { en: name },
        sortName: name,
        countryCode,
        status: "IMPRISONED",
        summary: { en: "Detained for a post." },
        cases: {
          create: [
            {
              caseNumber: `S-${run}`,
              title: { en: `Case A ${run}` },
              stage: "TRIAL",
              countryCode,
              detainedOn: new Date("2021-01-01"),
            },
            // Neither number nor title: its contents entry is "Case 2".
            { stage: "TRIAL", countryCode, detainedOn: new Date("2022-01-01") },
          ],
        },
        detentions: {
          create: { facilityId, startedOn: new Date("2023-05-01"), startedOnPrecision: "MONTH" },
        },
      },
      select: { id: true },
    })
  ).id;
});

test.afterAll(async () => {
  await database?.$disconnect();
});

/** Follows a contents link with the keyboard; the next Tab lands on `firstField` in its section. */
async function jumpTo(page: Page, link: string, heading: string, firstField: string) {
  const toc = page.getByRole("navigation", { name: "On this page" });
  const entry = toc.getByRole("link", { name: link, exact: true });
  await entry.focus();
  await page.keyboard.press("Enter");
  await expect(
    page.getByRole("heading", { level: 2, name: heading, exact: true }),
  ).toBeInViewport();
  await expect(entry).toHaveAttribute("aria-current", "location");
  // On a wide screen the contents stay in view while the form scrolls.
  await expect(toc).toBeInViewport();
  await page.keyboard.press("Tab");
  await expect(page.locator(`[name="${firstField}"]`)).toBeFocused();
}

test("the Cases tab has a section per case, and its contents follow the rows added and removed", async ({
  page,
}) => {
  test.slow();
  await page.goto(`/en/dashboard/prisoners/${prisonerId}/cases`);
  await page.waitForLoadState("networkidle");
  const links = page.getByRole("navigation", { name: "On this page" }).getByRole("link");
  await expect(links).toHaveText([caseTitle, "Case 2", "New case"]);
  await expect(links.nth(1)).toHaveAttribute("href", "#section-cases-1");

  await jumpTo(page, "Case 2", "Case 2", "cases.1.countryCode");
  await expect(page).toHaveURL(/#section-cases-1$/);
  await jumpTo(page, caseTitle, caseTitle, "cases.0.countryCode");

  await page.getByRole("button", { name: "Add another case" }).click();
  await expect(links).toHaveText([caseTitle, "Case 2", "New case", "New case"]);

  await page.locator('[name="cases.1.remove"]').check();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText(/Saved: version \d+\./)).toBeVisible();
  await expect(links).toHaveText([caseTitle, "New case"]);
  await expectNoAxeViolations(page);

  // The other row tabs: the detentions with the letters section first, the timeline.
  await page.goto(`/en/dashboard/prisoners/${prisonerId}/detentions`);
  await expect(links).toHaveText([
    "Letters",
    `${facilityName} (${countryCode}), since 2023-05`,
    "New period of detention",
  ]);
  await jumpTo(
    page,
    `${facilityName} (${countryCode}), since 2023-05`,
    `${facilityName} (${countryCode}), since 2023-05`,
    "detentions.0.facilityId",
  );
  await expectNoAxeViolations(page);
  await page.goto(`/en/dashboard/prisoners/${prisonerId}/timeline`);
  await expect(links).toHaveText(["New event"]);
  await expectNoAxeViolations(page);
});

test("a place of detention's form is in sections with a table of contents, in both languages", async ({
  page,
}) => {
  await page.goto(`/en/dashboard/facilities/${facilityId}`);
  await expect(page.getByRole("heading", { level: 1, name: facilityName })).toBeVisible();
  const links = page.getByRole("navigation", { name: "On this page" }).getByRole("link");
  await expect(links).toHaveText(["Name", "Kind and place", "Postal address", "Letters"]);
  await jumpTo(page, "Letters", "Letters", "lettersArrive");
  await expect(page).toHaveURL(/#section-letters$/);
  await jumpTo(page, "Kind and place", "Kind and place", "kind");
  await expectNoAxeViolations(page);

  await page.goto(`/ru/dashboard/facilities/${facilityId}`);
  await expect(
    page.getByRole("navigation", { name: "На этой странице" }).getByRole("link"),
  ).toHaveText(["Название", "Вид и место", "Почтовый адрес", "Письма"]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the contents of the row tabs are in the page and their links lead to the rows", async ({
    page,
  }) => {
    await page.goto(`/en/dashboard/prisoners/${prisonerId}/detentions`);
    const toc = page.getByRole("navigation", { name: "On this page" });
    await expect(toc.getByRole("link", { name: "Letters", exact: true })).toHaveAttribute(
      "href",
      "#section-letters",
    );
    await toc.getByRole("link", { name: "New period of detention" }).click();
    await expect(page).toHaveURL(/#section-detentions-1$/);
    await expect(
      page.getByRole("heading", { level: 2, name: "New period of detention" }),
    ).toBeInViewport();

    await page.goto(`/en/dashboard/prisoners/${prisonerId}/timeline`);
    await expect(
      page.getByRole("navigation", { name: "On this page" }).getByRole("link"),
    ).toHaveText(["New event"]);
  });
});
