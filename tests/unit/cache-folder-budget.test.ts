import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { trimCacheFolders } from "@/lib/cache/cache-folder-budget";

let root: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), "vigil-cache-budget-"));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const KB = 1024;

/** A page cached while serving, as Next.js 16 lays it out: html, rsc, meta and a segments folder. */
async function cachedPage(name: string, kb: number, writtenSecondsAgo: number): Promise<void> {
  const folder = path.join(root, "server/route-cache/APP_PAGE/0123abcd/$/en/directory-view");
  await mkdir(path.join(folder, `${name}.segments`), { recursive: true });
  const files = [`${name}.html`, `${name}.rsc`, `${name}.meta`, `${name}.segments/_tree.rsc`];
  const when = new Date(Date.now() - writtenSecondsAgo * 1000);
  for (const file of files) {
    await writeFile(path.join(folder, file), Buffer.alloc((kb * KB) / files.length));
    await utimes(path.join(folder, file), when, when);
  }
}

async function cachedRead(name: string, kb: number, writtenSecondsAgo: number): Promise<void> {
  const folder = path.join(root, "cache/fetch-cache");
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, name), Buffer.alloc(kb * KB));
  const when = new Date(Date.now() - writtenSecondsAgo * 1000);
  await utimes(path.join(folder, name), when, when);
}

async function pagesLeft(): Promise<string[]> {
  const folder = path.join(root, "server/route-cache/APP_PAGE/0123abcd/$/en/directory-view");
  return (await readdir(folder)).sort();
}

describe("trimCacheFolders", () => {
  it("leaves folders within the budget untouched", async () => {
    await cachedPage("a", 40, 30);
    await cachedRead("r1", 10, 20);
    const result = await trimCacheFolders(root, 100 * KB);
    expect(result).toEqual({ bytesBefore: 50 * KB, bytesAfter: 50 * KB, entriesRemoved: 0 });
    expect(await pagesLeft()).toHaveLength(4);
  });

  it("removes the least recently written entries, whole, down to three quarters", async () => {
    await cachedPage("oldest", 40, 300);
    await cachedRead("old-read", 40, 200);
    await cachedPage("recent", 40, 100);
    await cachedRead("newest-read", 40, 10);
    // 160 KB against a budget of 120: down to 90 at most, oldest first: two entries go.
    const result = await trimCacheFolders(root, 120 * KB);
    expect(result.entriesRemoved).toBe(2);
    expect(result.bytesAfter).toBe(80 * KB);
    expect(await pagesLeft()).toEqual([
      "recent.html",
      "recent.meta",
      "recent.rsc",
      "recent.segments",
    ]);
    expect(await readdir(path.join(root, "cache/fetch-cache"))).toEqual(["newest-read"]);
  });

  it("answers for a build folder that has cached nothing yet", async () => {
    expect(await trimCacheFolders(root, KB)).toEqual({
      bytesBefore: 0,
      bytesAfter: 0,
      entriesRemoved: 0,
    });
  });
});
