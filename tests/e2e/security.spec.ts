import { expect, test } from "@playwright/test";

test("pages are served with the security headers", async ({ request }) => {
  const response = await request.get("/en");
  const headers = response.headers();

  expect(response.status()).toBe(200);
  const csp = headers["content-security-policy"] ?? "";
  // Public pages come from the cache, so their policy carries no per-request nonce.
  expect(csp).toMatch(/script-src 'self' 'unsafe-inline'(;|$)/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-powered-by"]).toBeUndefined();
});

test("the policy blocks nothing the site itself needs", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto("/en");
  await page.waitForLoadState("networkidle");

  expect(violations).toEqual([]);
});

test("the health endpoint reports the database", async ({ request }) => {
  const response = await request.get("/api/health");

  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok", database: "up" });
});
