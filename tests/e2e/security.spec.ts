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

test("a page whose address has a dot carries the policy too, and files are not redirected", async ({
  request,
}) => {
  // A dynamic page's parameter with a dot, and the not-found page it leads to.
  const page = await request.get("/en/prisoners/a.b", { maxRedirects: 0 });
  expect(page.status()).toBe(404);
  expect(page.headers()["content-type"]).toContain("text/html");
  expect(page.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");

  for (const path of [
    "/robots.txt",
    "/sitemap.xml",
    "/icon.svg",
    "/vigil-mark.svg",
    "/en/feed.xml",
  ]) {
    const file = await request.get(path, { maxRedirects: 0 });
    expect(file.status(), path).toBe(200);
  }
});

test("a public form post over the size limit is refused before it is read", async ({
  request,
  baseURL,
}) => {
  const big = "x".repeat(40 * 1024);
  // A server action's POST to a page (the sign-in form), and a signing route handler.
  const action = await request.post("/en/sign-in", {
    headers: { "content-type": "application/x-www-form-urlencoded", "next-action": "0" },
    data: `email=${big}`,
  });
  expect(action.status()).toBe(413);
  expect(await action.text()).toContain("Form too long");

  const sign = await request.post(
    "/api/letters/demo-petition-free-kazakhstans-political-prisoners/signatures",
    {
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        origin: new URL(baseURL!).origin,
      },
      data: `name=${big}`,
      maxRedirects: 0,
    },
  );
  expect(sign.status()).toBe(413);
});
