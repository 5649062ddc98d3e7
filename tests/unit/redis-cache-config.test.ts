import { existsSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import nextConfigFor from "@/next.config.js";

type CacheSettings = { cacheHandler?: string; cacheMaxMemorySize?: number };

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("the page cache's place in next.config.js", () => {
  it("is Redis for the production server when VIGIL_REDIS_URL is set, with no copy in memory", () => {
    vi.stubEnv("VIGIL_REDIS_URL", "redis://127.0.0.1:6379");

    const config = nextConfigFor("phase-production-server") as CacheSettings;

    expect(config.cacheHandler).toMatch(/lib\/cache\/redis-cache-handler\.ts$/);
    expect(existsSync(config.cacheHandler!)).toBe(true);
    expect(config.cacheMaxMemorySize).toBe(0);
  });

  it("is the build folder for `next build` and `next dev`, and without VIGIL_REDIS_URL", () => {
    vi.stubEnv("VIGIL_REDIS_URL", "redis://127.0.0.1:6379");
    const build = nextConfigFor("phase-production-build") as CacheSettings;
    const dev = nextConfigFor("phase-development-server") as CacheSettings;
    vi.stubEnv("VIGIL_REDIS_URL", "");
    const single = nextConfigFor("phase-production-server") as CacheSettings;

    for (const config of [build, dev, single]) {
      expect(config.cacheHandler).toBeUndefined();
      expect(config.cacheMaxMemorySize).toBeUndefined();
    }
  });
});
