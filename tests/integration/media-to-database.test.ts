import { randomBytes, randomUUID } from "node:crypto";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { requireDatabaseUrl } from "@/lib/env";
import { LocalFileStorage } from "@/lib/storage";
import { copyLocalFiles } from "@/lib/storage/copy-to-database";
import {
  openTestFileStorage,
  readStoredBytes,
  type TestFileStorage,
} from "@/tests/fixtures/file-storage";
import { runCommand } from "@/tests/fixtures/run-command";

/**
 * `npm run media:to-database`: the files of a local storage folder copied into PostgreSQL for a
 * second server, streamed, idempotent, with counts. Real PostgreSQL, a temporary folder.
 */
let root: string;
let local: LocalFileStorage;
let database: TestFileStorage;
const files = new Map<string, Buffer>();

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), "vigil-media-copy-"));
  local = new LocalFileStorage(root);
  database = await openTestFileStorage("postgres");
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
  await database.close();
});

/** Uploads as lib/media stores them: media/<uuid>/original.<ext> and resized copies. */
async function upload(sizes: number[]): Promise<string[]> {
  const folder = `media/${randomUUID()}`;
  const keys = sizes.map(
    (_, index) => `${folder}/${index === 0 ? "original.pdf" : `w${index}.webp`}`,
  );
  for (const [index, key] of keys.entries()) {
    const bytes = randomBytes(sizes[index]!);
    await local.write(key, bytes);
    files.set(key, bytes);
  }
  return keys;
}

describe("copying local media into the database", () => {
  it("copies every file byte for byte, skips what is there, and leaves odd names alone", async () => {
    await upload([3_000_000, 20_000, 0]);
    await upload([700_000]);
    // What a write cut short by a crash leaves behind: not a storage key.
    await mkdir(path.join(root, "media", "cut"), { recursive: true });
    await writeFile(path.join(root, "media", "cut", "original.pdf+1234.partial"), "half");

    const first = await copyLocalFiles(local, database.storage);
    const again = await copyLocalFiles(local, database.storage);

    expect(first).toMatchObject({ copied: 4, present: 0, copiedBytes: 3_720_000 });
    expect(first.skipped).toEqual(["media/cut/original.pdf+1234.partial"]);
    expect(again).toMatchObject({ copied: 0, present: 4, copiedBytes: 0 });
    for (const [key, bytes] of files) {
      expect((await readStoredBytes(database.storage, key)).equals(bytes), key).toBe(true);
    }
  });

  it("runs as `npm run media:to-database`, printing counts and the files media rows lack", async () => {
    const [added] = await upload([50_000]);
    const missing = `media/${randomUUID()}/original.pdf`;
    await prisma.mediaAsset.create({
      data: {
        kind: "PDF",
        storageKey: missing,
        mimeType: "application/pdf",
        byteSize: 10,
        sha256: `copy-test-${randomUUID()}`,
      },
    });
    const run = () =>
      runCommand("npm", ["run", "--silent", "media:to-database", "--", "--from", root], {
        timeoutMs: 120_000,
        env: { DATABASE_URL: requireDatabaseUrl() },
      });

    const first = await run();
    const second = await run();

    expect(first.output).toContain("Copied 1 files (0.0 MB).");
    expect(first.output).toContain("Already in the database: 4 files.");
    expect(first.output).toContain("not storage keys (e.g. a write cut short): 1 files");
    expect(second.output).toContain("Copied 0 files (0.0 MB).");
    expect(second.output).toContain("Already in the database: 5 files.");
    // A media row whose file is in neither place is named, and the run reports failure.
    expect(first.output).toContain(`  ${missing}`);
    expect(first.code).toBe(1);
    expect((await readStoredBytes(database.storage, added!)).equals(files.get(added!)!)).toBe(true);
  });
});
