import { describe, expect, it } from "vitest";
import { cachedRead } from "@/lib/data/cache";

describe("a cached public read outside the Next.js server", () => {
  it("runs the read itself, with its arguments, every time", async () => {
    const calls: string[] = [];
    const read = cachedRead(
      "test-read",
      async (slug: string) => {
        calls.push(slug);
        return { slug, at: calls.length };
      },
      (slug) => [`prisoner:${slug}`],
    );

    expect(await read("oleg-sentsov")).toEqual({ slug: "oleg-sentsov", at: 1 });
    expect(await read("oleg-sentsov")).toEqual({ slug: "oleg-sentsov", at: 2 });
    expect(calls).toEqual(["oleg-sentsov", "oleg-sentsov"]);
  });

  it("lets the read's own errors through", async () => {
    const read = cachedRead(
      "failing-read",
      async () => {
        throw new Error("the database is down");
      },
      () => [],
    );

    await expect(read()).rejects.toThrow("the database is down");
  });
});
