import { afterEach, describe, expect, it, vi } from "vitest";
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

describe("a read kept in memory (inMemoryBytes)", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  /** Reads one slug twice through a fresh copy of lib/data/cache.ts; how often the read ran. */
  async function readsOfTwoAsks(name: string): Promise<number> {
    vi.resetModules();
    const { cachedRead: fresh } = await import("@/lib/data/cache");
    let calls = 0;
    const read = fresh(
      name,
      async (slug: string) => {
        calls += 1;
        return { slug };
      },
      (slug) => [`prisoner:${slug}`],
      { maxAgeSeconds: 60, inMemoryBytes: 1_000_000 },
    );
    await read("oleg-sentsov");
    await read("oleg-sentsov");
    return calls;
  }

  it("is kept in this process on a server without Redis", async () => {
    vi.stubEnv("VIGIL_REDIS_URL", undefined);
    expect(await readsOfTwoAsks("memory-read-single")).toBe(1);
  });

  it("is not, with Redis: another instance's revalidation would not reach the copy", async () => {
    vi.stubEnv("VIGIL_REDIS_URL", "redis://127.0.0.1:6399");
    // Outside a Next.js server cachedRead has no cache, so the read runs each time.
    expect(await readsOfTwoAsks("memory-read-shared")).toBe(2);
  });
});
