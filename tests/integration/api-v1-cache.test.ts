import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as getPrisoners } from "@/app/api/v1/prisoners/route";
import { directorySearchesRun } from "@/lib/data/prisoner-directory";
import { prisma } from "@/lib/db";
import { apiRoutes } from "@/lib/routes";
import { CLIENT_ADDRESS_HEADER } from "@/lib/security/client-address";
import { seedDemoContent } from "@/prisma/seed";
import { installDiskDataCache, type CacheGlobal } from "../fixtures/data-cache";

/**
 * The open-data API reads through the directory's cache (lib/api/prisoner-list.ts): a burst of
 * one API request costs the database what one directory search does. A real IncrementalCache on
 * disk, set up as tests/integration/directory-cache.test.ts does (what the server sets up).
 */

// What Next.js's server sets up before any of its modules run (node-environment).
vi.hoisted(() => {
  Object.assign(globalThis, {
    AsyncLocalStorage: process.getBuiltinModule("node:async_hooks").AsyncLocalStorage,
  });
});

vi.mock("next/cache", async (importOriginal) => {
  const original = await importOriginal<typeof import("next/cache")>();
  return {
    ...original,
    revalidateTag: (tag: string) =>
      (globalThis as CacheGlobal).__incrementalCache!.revalidateTag([tag], { expire: 0 }),
  };
});

let dataCache: { remove: () => void } | undefined;

beforeAll(async () => {
  await seedDemoContent(prisma);
  dataCache = installDiskDataCache("api-v1-cache");
});

afterAll(async () => {
  dataCache?.remove();
  await prisma.$disconnect();
});

let client = 0;
function list(query: string): Promise<Response> {
  client += 1;
  return getPrisoners(
    new Request(`http://localhost${apiRoutes.v1Prisoners()}?${query}`, {
      headers: { [CLIENT_ADDRESS_HEADER]: `198.18.0.${client % 250}` },
    }),
  );
}

/** How many directory searches reached the database while `work` ran. */
async function searchesDuring(work: () => Promise<unknown>): Promise<number> {
  const before = directorySearchesRun();
  await work();
  return directorySearchesRun() - before;
}

describe("the API's lists, read through the directory's cache", () => {
  it("answer a burst of one search with one database search", async () => {
    const first = await searchesDuring(() => list("q=Kolchenko&limit=50"));
    const burst = await searchesDuring(() =>
      Promise.all(Array.from({ length: 20 }, () => list("q=Kolchenko&limit=50"))),
    );

    expect(first).toBe(1);
    expect(burst).toBe(0);
  });

  it("read a page of 100 as the directory's cached pages, once", async () => {
    const first = await searchesDuring(() => list("limit=100"));
    const again = await searchesDuring(() => list("limit=100"));
    const body = await (await list("limit=100")).json();

    expect(first).toBeGreaterThanOrEqual(1);
    expect(first).toBeLessThanOrEqual(6);
    expect(again).toBe(0);
    expect(body.items.length).toBe(Math.min(100, body.total));
  });
});
