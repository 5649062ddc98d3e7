import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { config, PER_REQUEST_SECTIONS, proxy } from "@/proxy";
import { routing } from "@/lib/i18n/routing";
import { publicOrigin } from "@/lib/security/public-origin";

function request(path: string, init: { method?: string; headers?: Record<string, string> } = {}) {
  return new NextRequest(new URL(path, "http://localhost:3000"), init);
}

describe("where the proxy runs", () => {
  it.each([
    "/",
    "/prisoners", // no locale: next-intl redirects it to one
    "/EN/about",
    "/enx/about",
    ...routing.locales.flatMap((locale) => [
      `/${locale}/prisoners`,
      ...[...PER_REQUEST_SECTIONS].flatMap((section) => [
        `/${locale}/${section}`,
        `/${locale}/${section}/a/b`,
        `/${locale}/${section}/x.y`,
      ]),
    ]),
  ])("runs for %s", (url) => {
    expect(unstable_doesMiddlewareMatch({ config, url })).toBe(true);
  });

  it.each([
    "/api/letters/x/signatures",
    "/api",
    "/_next/static/chunks/a.js",
    "/robots.txt",
    "/vigil-mark.svg",
    ...routing.locales.flatMap((locale) => [
      `/${locale}`,
      `/${locale}/about`,
      `/${locale}/prisoners/someone`,
      `/${locale}/prisoners/a.b`,
      `/${locale}/feed.xml`,
      `/${locale}/embed/prisoner/x`,
      `/${locale}/directory-view/all`,
      `/${locale}/letters/x/sign`,
    ]),
  ])("does not run for %s: the web server gives it what it needs", (url) => {
    expect(unstable_doesMiddlewareMatch({ config, url })).toBe(false);
  });
});

describe("the proxy's Content-Security-Policy", () => {
  it("gives a page rendered per request, dotted or not, a policy with a nonce", () => {
    for (const path of ["/en/dashboard/x.y", "/ru/sign-in"]) {
      const response = proxy(request(path));
      expect(response.headers.get("content-security-policy")).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
    }
  });

  it("leaves the directory's the public policy the web server gave it", () => {
    expect(proxy(request("/en/prisoners?q=x")).headers.get("content-security-policy")).toBeNull();
  });

  it("still sends a path without a locale to its localised page", () => {
    const response = proxy(request("/prisoners"));
    expect(response.headers.get("location")).toMatch(/\/en\/prisoners$/);
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
