import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import nextConfigFor from "@/next.config.js";
import { STAFF_FORM_BODY_LIMIT_BYTES } from "@/lib/security/bounded-body";

const nextConfig = nextConfigFor("phase-production-server");

/** The parser Next.js reads these settings with. */
const bytes = createRequire(import.meta.url)("next/dist/compiled/bytes") as {
  parse(value: string): number;
};

describe("the dashboard's server-action body limit", () => {
  it("is the same in next.config.js and in the web server, which answers it first with a readable 413", () => {
    const configured = (
      nextConfig as { experimental?: { serverActions?: { bodySizeLimit?: string } } }
    ).experimental?.serverActions?.bodySizeLimit;

    expect(configured).toBeDefined();
    expect(bytes.parse(configured!)).toBe(STAFF_FORM_BODY_LIMIT_BYTES);
  });

  it("is also the most Next.js copies of a page post for proxy.ts, where it still runs", () => {
    const copied = (nextConfig as { experimental?: { proxyClientMaxBodySize?: string } })
      .experimental?.proxyClientMaxBodySize;

    expect(bytes.parse(copied!)).toBe(STAFF_FORM_BODY_LIMIT_BYTES);
  });
});
