import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { config, proxy } from "@/proxy";
import { publicOrigin } from "@/lib/security/public-origin";
import {
  PUBLIC_FORM_BODY_LIMIT_BYTES,
  STAFF_FORM_BODY_LIMIT_BYTES,
} from "@/lib/security/bounded-body";

function request(path: string, init: { method?: string; headers?: Record<string, string> } = {}) {
  return new NextRequest(new URL(path, "http://localhost:3000"), init);
}

describe("the proxy's Content-Security-Policy", () => {
  it.each(["/en/prisoners/a.b", "/en/feed.xml", "/robots.txt", "/vigil-mark.svg", "/en"])(
    "runs for %s, a dot in the path or not",
    (url) => {
      expect(unstable_doesMiddlewareMatch({ config, url })).toBe(true);
    },
  );

  it.each(["/api/letters/x/signatures", "/api", "/_next/static/chunks/a.js"])(
    "does not run for %s (route handlers and Next.js internals)",
    (url) => {
      expect(unstable_doesMiddlewareMatch({ config, url })).toBe(false);
    },
  );

  it.each([
    "/en/prisoners/a.b", // a dynamic page whose parameter has a dot
    "/ru/no.such.page", // the not-found page
    "/en/feed.xml",
    "/robots.txt",
    "/icon.svg",
    "/vigil-mark.svg",
  ])("is set on %s, which next-intl does not redirect", (path) => {
    const response = proxy(request(path));
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(response.headers.get("location")).toBeNull();
    expect(response.status).toBe(200);
  });

  it("still sends a path without a locale to its localised page", () => {
    const response = proxy(request("/prisoners"));
    expect(response.headers.get("location")).toMatch(/\/en\/prisoners$/);
    expect(response.headers.get("content-security-policy")).toContain("object-src 'none'");
  });

  it("gives a dotted staff path the per-request policy with a nonce", () => {
    const response = proxy(request("/en/dashboard/x.y"));
    expect(response.headers.get("content-security-policy")).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
  });
});

describe("the proxy's directory addresses", () => {
  it("redirects a valid query written another way to its clean address, which is a cached page", () => {
    const response = proxy(request("/ru/prisoners?status=IMPRISONED&country=KZ&q="));
    expect(response.status).toBe(307);
    const location = new URL(response.headers.get("location")!);
    expect(`${location.pathname}${location.search}`).toBe(
      "/ru/prisoners?country=kz&status=imprisoned",
    );
    const clean = proxy(request(`${location.pathname}${location.search}`));
    expect(clean.headers.get("x-middleware-rewrite")).toMatch(
      /\/ru\/directory-view\/[A-Za-z0-9_-]+$/,
    );
  });

  it("redirects to the site's configured origin, never to the Host the client sent", () => {
    const forged = new NextRequest(new URL("/en/prisoners?country=KZ", "http://evil.example"));
    const location = new URL(proxy(forged).headers.get("location")!);
    expect(location.origin).toBe(publicOrigin());
    expect(`${location.pathname}${location.search}`).toBe("/en/prisoners?country=kz");
  });

  it("lets an address with a value that is not valid through to the page rendered per request", () => {
    const response = proxy(request("/en/prisoners?country=russia"));
    expect(response.headers.get("location")).toBeNull();
    expect(response.headers.get("x-middleware-rewrite")).toBeNull();
    expect(response.headers.get("x-middleware-next")).toBe("1");
  });
});

describe("the proxy's refusal of impossible addresses", () => {
  it.each(["/en/prisoners/%00", "/ru/letters/a%00b/sign", "/en/prisoners/x/feed.xml%00"])(
    "answers %s, which holds a NUL, with 400",
    (path) => {
      expect(proxy(request(path)).status).toBe(400);
    },
  );
});

describe("the proxy's limit on public form posts", () => {
  const over = String(PUBLIC_FORM_BODY_LIMIT_BYTES + 1);

  it("refuses a server-action post over the limit with a readable 413 page in the page's language", async () => {
    // A form posted without JavaScript: no Next-Action header, the action's id is in the body.
    const response = proxy(
      request("/ru/prisoners/someone", {
        method: "POST",
        headers: { "content-length": over, "content-type": "multipart/form-data; boundary=x" },
      }),
    );
    expect(response.status).toBe(413);
    expect(response.headers.get("content-type")).toContain("text/html");
    const page = await response.text();
    expect(page).toContain('lang="ru"');
    expect(page).toContain("Слишком длинная форма");
    expect(page).toContain('href="/ru/prisoners/someone"');
  });

  it("answers a script's server action over the limit with text its client shows as the error", async () => {
    const response = proxy(
      request("/en/prisoners/someone", {
        method: "POST",
        headers: { "content-length": over, "next-action": "abc" },
      }),
    );

    expect(response.status).toBe(413);
    // Next.js's client raises the body as the action's error only for exactly "text/plain".
    expect(response.headers.get("content-type")).toBe("text/plain");
    expect(await response.text()).toBe(
      "Form too long. What you sent is longer than this form accepts (32 KB), so nothing was saved. Please shorten the text and send it again.",
    );
  });

  it("refuses a post without Content-Length (a chunked body of any size)", () => {
    const response = proxy(request("/en/sign-in", { method: "POST" }));
    expect(response.status).toBe(413);
  });

  it("lets a post within the limit through, and gives the dashboard's forms their larger limit", () => {
    const small = proxy(
      request("/en/sign-in", { method: "POST", headers: { "content-length": "300" } }),
    );
    expect(small.status).not.toBe(413);
    const csvImport = proxy(
      request("/en/dashboard/prisoners/import", {
        method: "POST",
        headers: { "content-length": over },
      }),
    );
    expect(csvImport.status).not.toBe(413);
  });

  it("refuses a dashboard form post over the staff limit, or without Content-Length, with 413", async () => {
    const tooLong = proxy(
      request("/ru/dashboard/prisoners/import", {
        method: "POST",
        headers: { "content-length": String(STAFF_FORM_BODY_LIMIT_BYTES + 1) },
      }),
    );
    expect(tooLong.status).toBe(413);
    expect(await tooLong.text()).toContain("(1024 КБ)");
    const chunked = proxy(request("/en/dashboard/prisoners/new", { method: "POST" }));
    expect(chunked.status).toBe(413);
  });

  it("does not bound reads", () => {
    expect(proxy(request("/en/prisoners")).status).not.toBe(413);
  });
});
