import { once } from "node:events";
import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import createMiddleware from "next-intl/middleware";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCALE_REQUEST_HEADER, routing } from "@/lib/i18n/routing";
import { directoryViewOf } from "@/lib/search/directory-view";
import {
  PUBLIC_FORM_BODY_LIMIT_BYTES,
  STAFF_FORM_BODY_LIMIT_BYTES,
} from "@/lib/security/bounded-body";
import { applyClientHeaders, compileTrustedProxies } from "@/lib/security/client-address";
import { createPageRequestPreparer, refusePageRequest } from "../../scripts/lib/page-requests";

/**
 * What Vigil's web server does to a page request before Next.js (scripts/lib/page-requests.ts),
 * over real sockets from 127.0.0.1: this server trusts it as a proxy only when asked to, as
 * VIGIL_TRUSTED_PROXIES would. It answers what Next.js would have been given: the request's
 * address, its headers and the response's headers so far.
 */
interface Seen {
  status: number;
  url: string;
  headers: Record<string, string>;
  responseHeaders: Record<string, string | string[] | undefined>;
  body: string;
}

function startServer(trusted: string[]): { ready: Promise<number>; server: Server } {
  const trust = compileTrustedProxies(trusted);
  const prepare = createPageRequestPreparer({ dev: false });
  const server = createServer((request, response) => {
    applyClientHeaders(request, trust);
    prepare(request, response);
    const refusal = refusePageRequest(request);
    if (refusal) {
      void refusal.text().then((text) => {
        response.statusCode = refusal.status;
        refusal.headers.forEach((value, name) => response.setHeader(name, value));
        response.end(text);
      });
      return;
    }
    request.resume();
    response.setHeader("content-type", "application/json");
    const seen = { url: request.url, headers: request.headers };
    response.end(JSON.stringify({ ...seen, responseHeaders: response.getHeaders() }));
  });
  server.listen(0, "127.0.0.1");
  const ready = once(server, "listening").then(() => (server.address() as AddressInfo).port);
  return { ready, server };
}

function send(
  port: number,
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Seen> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      // A connection each: a refused post leaves its body unread on the one it came on.
      {
        host: "127.0.0.1",
        port,
        path,
        method: init.method ?? "GET",
        headers: init.headers,
        agent: false,
      },
      (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () => {
          const status = response.statusCode ?? 0;
          if (response.headers["content-type"] !== "application/json" || body === "") {
            resolve({ status, url: "", headers: {}, responseHeaders: response.headers, body });
            return;
          }
          resolve({ status, body, ...(JSON.parse(body) as Omit<Seen, "status" | "body">) });
        });
      },
    );
    outgoing.on("error", reject);
    outgoing.end(init.body);
  });
}

describe("a page request before Next.js", () => {
  const direct = startServer([]);
  const behindTls = startServer(["127.0.0.1", "::1"]);
  let port = 0;
  let tlsPort = 0;
  beforeAll(async () => {
    port = await direct.ready;
    tlsPort = await behindTls.ready;
  });
  afterAll(async () => {
    for (const { server } of [direct, behindTls]) {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it("gets the public policy, never framed, and HSTS only over https", async () => {
    const plain = await send(port, "/en/prisoners/someone");
    const policy = String(plain.responseHeaders["content-security-policy"]);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("'unsafe-inline'");
    expect(policy).not.toContain("upgrade-insecure-requests");
    expect(plain.responseHeaders["strict-transport-security"]).toBeUndefined();

    // From an untrusted peer, X-Forwarded-Proto is the client's claim and changes nothing.
    const forged = await send(port, "/en/about", { headers: { "x-forwarded-proto": "https" } });
    expect(forged.responseHeaders["strict-transport-security"]).toBeUndefined();

    const tls = await send(tlsPort, "/en/about", { headers: { "x-forwarded-proto": "https" } });
    expect(String(tls.responseHeaders["content-security-policy"])).toContain(
      "upgrade-insecure-requests",
    );
    expect(tls.responseHeaders["strict-transport-security"]).toMatch(/^max-age=\d+/);
  });

  it("lets partner sites frame the embeds, and only them", async () => {
    const embed = await send(port, "/ru/embed/prisoner/someone");
    expect(String(embed.responseHeaders["content-security-policy"])).toContain("frame-ancestors *");
    for (const path of ["/en/embedded", "/robots.txt", "/en"]) {
      const page = await send(port, path);
      expect(String(page.responseHeaders["content-security-policy"])).toContain(
        "frame-ancestors 'none'",
      );
    }
  });

  it("leaves route handlers and Next.js's files alone", async () => {
    for (const path of ["/api/health", "/_next/static/chunks/a.js"]) {
      const seen = await send(port, path, { headers: { [LOCALE_REQUEST_HEADER]: "ru" } });
      expect(seen.responseHeaders["content-security-policy"]).toBeUndefined();
      expect(seen.headers[LOCALE_REQUEST_HEADER]).toBeUndefined();
    }
  });

  it("tells next-intl the locale its path names, whatever the client sent", async () => {
    const ru = await send(port, "/ru/letters/x/sign", {
      headers: { [LOCALE_REQUEST_HEADER]: "en" },
    });
    expect(ru.headers[LOCALE_REQUEST_HEADER]).toBe("ru");
    const none = await send(port, "/robots.txt", { headers: { [LOCALE_REQUEST_HEADER]: "ru" } });
    expect(none.headers[LOCALE_REQUEST_HEADER]).toBeUndefined();
    const upper = await send(port, "/RU/about");
    expect(upper.headers[LOCALE_REQUEST_HEADER]).toBeUndefined();
  });

  it("drops the path header proxy.ts sets for staff pages when a client sends it", async () => {
    const seen = await send(port, "/en/about", { headers: { "x-vigil-path": "//evil.example" } });
    expect(seen.headers["x-vigil-path"]).toBeUndefined();
  });

  it("serves a clean directory address as a document from its cached page", async () => {
    const query = "country=kz&status=imprisoned";
    const view = directoryViewOf(new URLSearchParams(query));
    expect(view).not.toBeNull();
    expect((await send(port, `/ru/prisoners?${query}`)).url).toBe(`/ru/directory-view/${view}`);
    expect((await send(port, "/en/prisoners")).url).toBe("/en/directory-view/all");
    const head = await send(port, "/en/prisoners", { method: "HEAD" });
    expect(head.status).toBe(200);
  });

  it.each([
    ["an unclean query", "/en/prisoners?status=IMPRISONED", {}],
    ["a query that is not valid", "/en/prisoners?country=russia", {}],
    ["a request of Next.js's client router", "/en/prisoners", { rsc: "1" }],
  ])("leaves %s to proxy.ts", async (_, path, headers) => {
    expect((await send(port, path, { headers })).url).toBe(path);
  });

  it("answers a direct request for a cached directory page with the site's not-found page", async () => {
    for (const path of [
      "/en/directory-view/all",
      "/ru/directory-view/x?q=1",
      "/en/directory-view",
    ]) {
      const seen = await send(port, path, { headers: { rsc: "1" } });
      expect(seen.url).toBe(path.startsWith("/ru") ? "/ru/directory-view" : "/en/directory-view");
    }
  });

  it.each(["/en/prisoners/%00", "/ru/letters/a%00b/sign", "/en/prisoners/x/feed.xml%00"])(
    "answers %s, which holds a NUL, with 400",
    async (path) => {
      expect((await send(port, path)).status).toBe(400);
    },
  );

  describe("form posts to pages", () => {
    const over = String(PUBLIC_FORM_BODY_LIMIT_BYTES + 1);

    it("refuses a public form over its limit with a readable 413 page in the page's language", async () => {
      // A form posted without JavaScript: no Next-Action header, the action's id is in the body.
      const response = await send(port, "/ru/prisoners/someone", {
        method: "POST",
        headers: { "content-length": over, "content-type": "multipart/form-data; boundary=x" },
      });
      expect(response.status).toBe(413);
      expect(response.responseHeaders["content-type"]).toContain("text/html");
      expect(response.body).toContain('lang="ru"');
      expect(response.body).toContain("Слишком длинная форма");
      expect(response.body).toContain('href="/ru/prisoners/someone"');
    });

    it("answers a script's server action over the limit with text its client shows as the error", async () => {
      const response = await send(port, "/en/prisoners/someone", {
        method: "POST",
        headers: { "content-length": over, "next-action": "abc" },
      });
      expect(response.status).toBe(413);
      // Next.js's client raises the body as the action's error only for exactly "text/plain".
      expect(response.responseHeaders["content-type"]).toBe("text/plain");
      expect(response.body).toBe(
        "Form too long. What you sent is longer than this form accepts (32 KB), so nothing was saved. Please shorten the text and send it again.",
      );
    });

    it("refuses a post without Content-Length (a chunked body of any size)", async () => {
      const response = await send(port, "/en/sign-in", {
        method: "POST",
        headers: { "transfer-encoding": "chunked" },
        body: "a=1",
      });
      expect(response.status).toBe(413);
    });

    it("lets a post within the limit through, and gives the dashboard's forms their larger limit", async () => {
      const small = await send(port, "/en/sign-in", { method: "POST", body: "a".repeat(300) });
      expect(small.status).toBe(200);
      const csvImport = await send(port, "/en/dashboard/prisoners/import", {
        method: "POST",
        body: "a".repeat(PUBLIC_FORM_BODY_LIMIT_BYTES + 1),
      });
      expect(csvImport.status).toBe(200);
    });

    it("refuses a dashboard form over the staff limit, or without Content-Length, with 413", async () => {
      const tooLong = await send(port, "/ru/dashboard/prisoners/import", {
        method: "POST",
        headers: { "content-length": String(STAFF_FORM_BODY_LIMIT_BYTES + 1) },
      });
      expect(tooLong.status).toBe(413);
      expect(tooLong.body).toContain("(1024 КБ)");
      const chunked = await send(port, "/en/dashboard/prisoners/new", {
        method: "POST",
        headers: { "transfer-encoding": "chunked" },
        body: "a=1",
      });
      expect(chunked.status).toBe(413);
    });

    it("bounds a chunked body sent with any other method, but not reads", async () => {
      const put = await send(port, "/en/about", {
        method: "PUT",
        headers: { "transfer-encoding": "chunked" },
        body: "a=1",
      });
      expect(put.status).toBe(413);
      expect((await send(port, "/en/prisoners")).status).toBe(200);
    });
  });
});

describe("next-intl's locale header", () => {
  it("is the one its middleware sets, so the pages proxy.ts skips get the same", () => {
    const middleware = createMiddleware(routing);
    for (const locale of routing.locales) {
      const response = middleware(new NextRequest(`http://localhost/${locale}/about`));
      expect(response.headers.get(`x-middleware-request-${LOCALE_REQUEST_HEADER}`)).toBe(locale);
    }
  });
});
