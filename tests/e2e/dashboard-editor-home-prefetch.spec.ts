import { expect, test } from "@playwright/test";

/**
 * The dashboard home's blocks link to pages rendered from the database per request (the review
 * queue, the inbox, each item's editor): as with the menu, none is fetched in the background, in
 * view or on hover (components/dashboard/home/attention-block.tsx).
 */
test("the dashboard home's block links are not prefetched, in view or on hover", async ({
  page,
}) => {
  const prefetched: string[] = [];
  page.on("request", (request) => {
    if (request.headers()["next-router-prefetch"]) {
      prefetched.push(new URL(request.url()).pathname);
    }
  });
  await page.goto("/en/dashboard");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const blockLinks = page.locator("main section[aria-labelledby] a[href^='/']");
  const paths = (await blockLinks.evaluateAll((links) =>
    links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
  )) as string[];
  // The demo content puts items in every block's list: a home without links proves nothing.
  expect(paths.length).toBeGreaterThan(0);
  await blockLinks.first().hover();
  await page.waitForTimeout(2_000);

  expect(prefetched.filter((path) => paths.includes(path))).toEqual([]);
});
