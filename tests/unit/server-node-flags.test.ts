import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SERVER_NODE_FLAGS } from "@/scripts/lib/next-process";

/** `npm start` cannot import the flags (package.json is JSON): it must repeat them exactly. */
describe("the web server's Node.js flags", () => {
  it("npm start passes the same flags as the launchers (scripts/lib/next-process.ts)", () => {
    const { scripts } = JSON.parse(readFileSync("package.json", "utf8")) as {
      scripts: Record<string, string>;
    };
    expect(scripts.start).toBe(`node ${SERVER_NODE_FLAGS.join(" ")} --import tsx scripts/serve.ts`);
  });
});
