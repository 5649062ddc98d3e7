import { getPathMatch } from "next/dist/shared/lib/router/utils/path-match";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import nextConfigFor from "@/next.config.js";
import { proxy } from "@/proxy";

/**
 * Partner sites may frame the embeds (/{locale}/embed/…) and nothing else: the proxy gives the
 * embeds `frame-ancestors *` and every other page `'none'`, and next.config.js sends
 * X-Frame-Options: DENY everywhere but under /embed/.
 */
const P = "framing-";

describe("framing", () => {
  it("only /embed/ may be framed: frame-ancestors * there, 'none' on every other page", () => {
    const csp = (path: string) =>
      proxy(new NextRequest(new URL(path, "http://localhost:3000"))).headers.get(
        "content-security-policy",
      ) ?? "";
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
