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

test("the policy blocks nothing the public pages need, not even a probe for eval", async ({
  page,
}) => {
  // A blocked eval that a library catches (zod probes for `new Function`) logs nothing, but the
  // browser still fires the event and DevTools reports it as an issue (Lighthouse: best practices).
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  for (const path of [
    "/en",
    "/en/prisoners",
    "/en/prisoners/mukhtar-dzhakishev",
    "/en/letters/demo-petition-free-kazakhstans-political-prisoners",
    "/en/statistics",
  ]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    const seen = await page.evaluate(
      () => (window as unknown as { cspViolations: string[] }).cspViolations,
    );
    violations.push(...seen.map((violation) => `${path}: ${violation}`));
  }

  expect(violations).toEqual([]);
});

test("the health endpoint reports the database", async ({ request }) => {
  const response = await request.get("/api/health");

  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok", database: "up" });
});
