import { getPathMatch } from "next/dist/shared/lib/router/utils/path-match";
import { IncomingMessage, ServerResponse } from "node:http";
import { Socket } from "node:net";
import { describe, expect, it } from "vitest";
import nextConfigFor from "@/next.config.js";
import { createPageRequestPreparer } from "../../scripts/lib/page-requests";

/**
 * Partner sites may frame the embeds (/{locale}/embed/…) and nothing else: the web server gives
 * the embeds `frame-ancestors *` and every other page `'none'` (scripts/lib/page-requests.ts),
 * and next.config.js sends
 * X-Frame-Options: DENY everywhere but under /embed/.
 */
const P = "framing-";

describe("framing", () => {
  it("only /embed/ may be framed: frame-ancestors * there, 'none' on every other page", () => {
    const prepare = createPageRequestPreparer({ dev: false });
    const csp = (path: string) => {
      const request = new IncomingMessage(new Socket());
      request.url = path;
      request.method = "GET";
      const response = new ServerResponse(request);
      prepare(request, response);
      return String(response.getHeader("content-security-policy") ?? "");
    };
    expect(csp(`/en/embed/prisoner/${P}public`)).toContain("frame-ancestors *");
    expect(csp(`/en/embed/prisoner/${P}public`)).toContain("default-src 'none'");
    for (const path of [`/en/prisoners/${P}public`, "/en", "/en/calendar", "/en/embedded"]) {
      expect(csp(path)).toContain("frame-ancestors 'none'");
    }
  });

  it("X-Frame-Options: DENY is sent for every path but the embeds", async () => {
    const rules = await (
      nextConfigFor("phase-production-server") as {
        headers: () => Promise<{ source: string; headers: { key: string; value: string }[] }[]>;
      }
    ).headers();
    const denies = (path: string) =>
      rules.some(
        (rule) =>
          rule.headers.some((header) => header.key === "X-Frame-Options") &&
          getPathMatch(rule.source, { strict: true, removeUnnamedParams: true })(path) !== false,
      );
    expect(denies(`/en/embed/letter/${P}letter`)).toBe(false);
    expect(denies(`/ru/embed/prisoner/${P}public`)).toBe(false);
    for (const path of [
      "/",
      "/en",
      `/en/prisoners/${P}public`,
      "/en/calendar",
      "/api/v1/prisoners",
    ]) {
      expect(denies(path)).toBe(true);
    }
  });
});
