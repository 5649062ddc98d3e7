import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { connectToE2eDatabase } from "./database";
import { createStaffUser, signInAs } from "./staff";

/**
 * The directory's clean addresses are cached pages (ISR: the plain listing kept the hour, a search's
 * page a minute; see app/[locale]/(public)/directory-view). Publishing, unpublishing and redacting
 * a profile must drop them at once, through the cache tags of the directory's data reads: each
 * change below is made by an editor in the dashboard, and the cached pages must show it within
 * seconds, far sooner than the pages' own minute or hour. Were the tags not to reach the pages, every poll would
 * time out.
 */

const run = randomUUID().slice(0, 8);
// "Aaaa…" sorts first, so the published profiles are on the first page of the plain listing.
const published = { slug: `e2e-dircache-a-${run}`, name: `Aaaa Dircache ${run} Published` };
const inReview = { slug: `e2e-dircache-b-${run}`, name: `Aaaa Dircache ${run} Reviewed` };
const searchPath = `/en/prisoners?q=${run}`;
const listingPath = "/en/prisoners";
/** The arrest date on the second profile's card, until it is withheld. */
const arrestDate = "March 14, 2019";

const ids = { published: "", inReview: "" };

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  if (ids.published) return;
  const database = connectToE2eDatabase();
  try {
    const common = {
      countryCode: "KZ",
      status: "IMPRISONED" as const,
      summary: { en: "A test profile for the directory's cached pages." },
    };
    ids.published = (
      await database.prisoner.create({
        data: {
          ...common,
          slug: published.slug,
          name: { en: published.name },
          sortName: published.name,
          state: "PUBLISHED",
          publishedAt: new Date(),
        },
        select: { id: true },
      })
    ).id;
    ids.inReview = (
      await database.prisoner.create({
        data: {
          ...common,
          slug: inReview.slug,
          name: { en: inReview.name },
          sortName: inReview.name,
          arrestedOn: new Date("2019-03-14T00:00:00Z"),
          arrestedOnPrecision: "DAY",
          state: "IN_REVIEW",
        },
        select: { id: true },
      })
    ).id;
  } finally {
    await database.$disconnect();
  }
});

/**
 * Each request on a connection of its own: the steps between two requests can outlast the
 * server's keep-alive (5 s), and a request sent on a connection the server is closing just then
 * fails with ECONNRESET (it did once, between unpublishing and the next look at the page).
 */
const OWN_CONNECTION = { connection: "close" };

/** The page as served, after a first request has put it in the cache. */
async function cachedPage(request: APIRequestContext, path: string): Promise<string> {
  await request.get(path, { headers: OWN_CONNECTION });
  const response = await request.get(path, {
    headers: { ...OWN_CONNECTION, "accept-encoding": "identity" },
  });
  expect(response.status()).toBe(200);
  expect(response.headers()["x-nextjs-cache"], `${path} is a cached page`).toMatch(/HIT|STALE/);
  return response.text();
}

/** Waits, well under the pages' own minute, until the cached page at `path` passes `check`. */
async function expectSoon(page: Page, path: string, check: (html: string) => boolean) {
  await expect
    .poll(
      async () => check(await (await page.request.get(path, { headers: OWN_CONNECTION })).text()),
      { timeout: 15_000 },
    )
    .toBe(true);
}

test("publishing, unpublishing and redacting a profile refresh the cached directory pages", async ({
  page,
}) => {
  const editor = await createStaffUser("EDITOR");
  await signInAs(page, editor);

  const search = await cachedPage(page.request, searchPath);
  expect(search).toContain(published.name);
  expect(search).not.toContain(inReview.name);
  expect(await cachedPage(page.request, listingPath)).not.toContain(inReview.name);

  // Publish: the profile appears in the cached search and on the cached plain listing.
  await page.goto(`/en/dashboard/prisoners/${ids.inReview}`);
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText(/Published/).first()).toBeVisible();
  await expectSoon(page, searchPath, (html) => html.includes(inReview.name));
  await expectSoon(page, listingPath, (html) => html.includes(inReview.name));
  expect(await cachedPage(page.request, searchPath)).toContain(arrestDate);

  // Unpublish (back to draft): it leaves both.
  await page.goto(`/en/dashboard/prisoners/${ids.published}`);
  await page.getByRole("button", { name: "Return to draft" }).click();
  await expect(page.getByText(/Draft/).first()).toBeVisible();
  await expectSoon(page, searchPath, (html) => !html.includes(published.name));
  await expectSoon(page, listingPath, (html) => !html.includes(published.name));

  // Redaction: the withheld arrest date leaves the card.
  await cachedPage(page.request, searchPath);
  await page.goto(`/en/dashboard/prisoners/${ids.inReview}`);
  await page.waitForLoadState("networkidle");
  await page.getByRole("checkbox", { name: "Date of arrest" }).check();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText(/Saved: version \d+\./)).toBeVisible();
  await expectSoon(
    page,
    searchPath,
    (html) => html.includes(inReview.name) && !html.includes(arrestDate),
  );
});

test("the cached pages' own paths are not addresses of the site", async ({ request }) => {
  const response = await request.get("/en/directory-view/all");
  expect(response.status()).toBe(404);
});
