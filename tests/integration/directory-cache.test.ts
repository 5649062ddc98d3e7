import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { transitionContent, updateContent } from "@/lib/content-store";
import {
  directorySearchesRun,
  searchDirectory,
  searchDirectoryLive,
} from "@/lib/data/prisoner-directory";
import { prisma } from "@/lib/db";
import { parseDirectoryQuery } from "@/lib/validation/directory-query";
import { seedDemoContent } from "@/prisma/seed";
import { installDiskDataCache, type CacheGlobal } from "../fixtures/data-cache";
import { draftPrisoner } from "../fixtures/content-store";
import { createStaffUser } from "../fixtures/staff-users";

/**
 * The directory's searches are served from Next.js's data cache: a real IncrementalCache on disk
 * (what `unstable_cache` uses outside a request when given one), with the revalidations the content
 * store's writes make forwarded to it, as the server does in a request.
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
let editor: Actor;

beforeAll(async () => {
  await seedDemoContent(prisma);
  dataCache = installDiskDataCache("directory-cache");
  editor = await createStaffUser("EDITOR");
});

afterAll(async () => {
  dataCache?.remove();
  await prisma.prisoner.deleteMany({
    where: {
      slug: { startsWith: "store-it-" },
      name: { path: ["en"], string_contains: "Quorvath" },
    },
  });
  await prisma.$disconnect();
});

/** The directory's read for an address's query string, as its page calls it. */
function directory(queryString: string, locale: "en" | "ru" = "en") {
  return searchDirectory(
    parseDirectoryQuery(Object.fromEntries(new URLSearchParams(queryString))),
    locale,
  );
}

/** The same, as its results route calls it (the live search; this process's memory). */
function liveSearch(queryString: string) {
  return searchDirectoryLive(
    parseDirectoryQuery(Object.fromEntries(new URLSearchParams(queryString))),
    "en",
  );
}

/** How many searches reached the database while `work` ran. */
async function searchesDuring(work: () => Promise<unknown>): Promise<number> {
  const before = directorySearchesRun();
  await work();
  return directorySearchesRun() - before;
}

describe("cached directory searches", () => {
  it("answer a burst of one search with one database search", async () => {
    const searches = await searchesDuring(async () => {
      await directory("q=Kolchenko");
      await Promise.all(Array.from({ length: 20 }, () => directory("q=Kolchenko")));
    });

    expect(searches).toBe(1);
    expect((await directory("q=Kolchenko")).items.map((item) => item.slug)).toEqual([
      "oleksandr-kolchenko",
    ]);
  });

  it("share one entry among the spellings the search folds alike, and not with others", async () => {
    const first = await searchesDuring(() => directory("q=Sentsov&country=ru"));
    const same = await searchesDuring(async () => {
      await directory("q=%D0%A1%D0%B5%D0%BD%D1%86%D0%BE%D0%B2&country=ru"); // Сенцов
      await directory("q=SENTSOV&country=ru&sort=relevance");
      await directory("q=sentsov!&country=RU");
    });
    const otherSearches = await searchesDuring(async () => {
      await directory("q=Sentsov&country=ru", "ru");
      await directory("q=Sentsov&country=ru&page=2");
      await directory("q=Sentsov&country=kz");
    });

    expect([first, same, otherSearches]).toEqual([1, 0, 3]);
  });

  it("drop a search's answer when a profile is published, redacted or unpublished", async () => {
    const { id } = await draftPrisoner(editor, "Ivan Quorvath");
    expect((await directory("q=Quorvath")).total).toBe(0);

    const published = await transitionContent(editor, {
      type: "prisoner",
      id,
      expectedVersion: 1,
      to: "PUBLISHED",
    });
    const afterPublishing = await directory("q=Quorvath");
    expect(afterPublishing.items.map((item) => item.status)).toEqual(["PRETRIAL_DETENTION"]);

    const redacted = await updateContent(editor, {
      type: "prisoner",
      id,
      expectedVersion: published.version,
      apply: async (tx) => {
        await tx.prisoner.update({ where: { id }, data: { redactedFields: ["status"] } });
      },
    });
    const afterRedacting = await directory("q=Quorvath");
    expect(afterRedacting.items.map((item) => item.status)).toEqual([null]);

    await transitionContent(editor, {
      type: "prisoner",
      id,
      expectedVersion: redacted.version,
      to: "DRAFT",
    });
    expect((await directory("q=Quorvath")).total).toBe(0);
  });
});

describe("the live search's answers, kept in memory on a single server", () => {
  it("answer a burst of one search, spelled either way, with one database search", async () => {
    const searches = await searchesDuring(() =>
      Promise.all([
        ...Array.from({ length: 20 }, () => liveSearch("q=Kolchenko&country=ru")),
        liveSearch("q=%D0%9A%D0%BE%D0%BB%D1%8C%D1%87%D0%B5%D0%BD%D0%BA%D0%BE&country=RU"),
      ]),
    );

    expect(searches).toBe(1);
    expect((await liveSearch("q=KOLCHENKO&country=ru")).total).toBe(1);
  });

  it("drop a search's answer when a profile is published or unpublished", async () => {
    const { id } = await draftPrisoner(editor, "Olga Quorvath-Live");
    expect((await liveSearch("q=Quorvath-Live")).total).toBe(0);

    const published = await transitionContent(editor, {
      type: "prisoner",
      id,
      expectedVersion: 1,
      to: "PUBLISHED",
    });
    expect((await liveSearch("q=Quorvath-Live")).total).toBe(1);

    await transitionContent(editor, {
      type: "prisoner",
      id,
      expectedVersion: published.version,
      to: "DRAFT",
    });
    expect((await liveSearch("q=Quorvath-Live")).total).toBe(0);
    expect(await searchesDuring(() => liveSearch("q=Quorvath-Live"))).toBe(0);
  });
});
