import { createHash, randomBytes, randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import v8 from "node:v8";
import vm from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  InvalidStorageKeyError,
  StoredFileExistsError,
  StoredFileNotFoundError,
} from "@/lib/storage";
import {
  openTestFileStorage,
  readStoredBytes,
  STORAGE_DRIVERS,
  type TestFileStorage,
} from "@/tests/fixtures/file-storage";

const MB = 1024 * 1024;

// A full garbage collection on demand (the test process runs without --expose-gc).
v8.setFlagsFromString("--expose-gc");
const collectGarbage = vm.runInNewContext("gc") as () => void;

// Buffers are compared with equals(): a deep-equality diff of megabytes takes minutes.

/** A fresh key per test: keys are written once, and the database keeps them across tests. */
function newKey(name = "file.bin"): string {
  return `test/${randomUUID()}/${name}`;
}

/** Yields `pieces`, waiting for `gate` before each one after the first. */
async function* slowly(pieces: Uint8Array[], gate: Promise<void>): AsyncGenerator<Uint8Array> {
  for (const [index, piece] of pieces.entries()) {
    if (index > 0) await gate;
    yield piece;
  }
}

describe.each(STORAGE_DRIVERS)("the %s file storage", (driver) => {
  let opened: TestFileStorage;

  beforeAll(async () => {
    opened = await openTestFileStorage(driver);
  });

  afterAll(async () => {
    await opened.close();
  });

  it("gives back a 5 MB file byte for byte", async () => {
    const key = newKey("report.pdf");
    const bytes = randomBytes(5 * MB + 123);

    await opened.storage.write(key, bytes);

    expect((await readStoredBytes(opened.storage, key)).equals(bytes)).toBe(true);
  });

  it("stores a file written from a stream, and an empty file", async () => {
    const key = newKey();
    const pieces = [randomBytes(100_000), randomBytes(300_000), randomBytes(7)];
    const empty = newKey("empty.txt");

    await opened.storage.write(key, slowly(pieces, Promise.resolve()));
    await opened.storage.write(empty, new Uint8Array(0));

    expect((await readStoredBytes(opened.storage, key)).equals(Buffer.concat(pieces))).toBe(true);
    expect((await readStoredBytes(opened.storage, empty)).length).toBe(0);
  });

  it("writes a key once: a second write is refused and the first content stays", async () => {
    const key = newKey();
    await opened.storage.write(key, "first");

    await expect(opened.storage.write(key, "second")).rejects.toThrow(StoredFileExistsError);
    expect((await readStoredBytes(opened.storage, key)).toString()).toBe("first");
  });

  it("lets exactly one of two concurrent writers of a key win, whole", async () => {
    const key = newKey();
    const contents = ["a", "b"].map((letter) => [
      Buffer.alloc(300_000, letter),
      Buffer.alloc(300_000, letter.toUpperCase()),
    ]);
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));

    // Both start and stop after their first piece; then both go on together.
    const writes = contents.map((pieces) => opened.storage.write(key, slowly(pieces, gate)));
    await sleep(300);
    open();
    const outcomes = await Promise.allSettled(writes);

    const won = outcomes.findIndex((outcome) => outcome.status === "fulfilled");
    const lost = outcomes.filter((outcome) => outcome.status === "rejected");
    expect(won).not.toBe(-1);
    expect(lost).toHaveLength(1);
    expect((lost[0] as PromiseRejectedResult).reason).toBeInstanceOf(StoredFileExistsError);
    const stored = await readStoredBytes(opened.storage, key);
    expect(stored.equals(Buffer.concat(contents[won]!))).toBe(true);
  });

  it("keeps nothing of a write whose source fails midway, and the key stays free", async () => {
    const key = newKey();
    async function* failing(): AsyncGenerator<Uint8Array> {
      yield randomBytes(600_000);
      throw new Error("the upload was cut");
    }

    await expect(opened.storage.write(key, failing())).rejects.toThrow("the upload was cut");

    await expect(opened.storage.read(key)).rejects.toThrow(StoredFileNotFoundError);
    expect((await opened.keys()).filter((stored) => stored.startsWith(key))).toEqual([]);
    await opened.storage.write(key, "again");
    expect((await readStoredBytes(opened.storage, key)).toString()).toBe("again");
  });

  it("deletes a file, and deleting a missing one is no error", async () => {
    const key = newKey();
    await opened.storage.write(key, randomBytes(700_000));

    await opened.storage.delete(key);
    await opened.storage.delete(key);

    await expect(opened.storage.read(key)).rejects.toThrow(StoredFileNotFoundError);
    expect(await opened.keys()).not.toContain(key);
  });

  it("answers a key that holds nothing with StoredFileNotFoundError", async () => {
    await expect(opened.storage.read(newKey())).rejects.toThrow(StoredFileNotFoundError);
  });

  it("refuses keys that could name something outside the storage, in every method", async () => {
    for (const key of ["../outside", "/etc/passwd", "media/../../x", "a//b", "", "a\\b", "a/./b"]) {
      await expect(opened.storage.read(key), key).rejects.toThrow(InvalidStorageKeyError);
      await expect(opened.storage.write(key, "x"), key).rejects.toThrow(InvalidStorageKeyError);
      await expect(opened.storage.delete(key), key).rejects.toThrow(InvalidStorageKeyError);
    }
  });
});

describe("the PostgreSQL file storage", () => {
  const SIZE = 40 * MB;
  let opened: TestFileStorage;

  beforeAll(async () => {
    opened = await openTestFileStorage("postgres");
  });

  afterAll(async () => {
    await opened.close();
  });

  /** 40 MB in 1 MB pieces, made as they are consumed; its hash is known once consumed. */
  function largeFile() {
    const hash = createHash("sha256");
    async function* pieces(): AsyncGenerator<Uint8Array> {
      for (let made = 0; made < SIZE; made += MB) {
        const piece = randomBytes(MB);
        hash.update(piece);
        yield piece;
      }
    }
    return { pieces: pieces(), digest: () => hash.digest("hex") };
  }

  /**
   * How much external memory (Buffers) stays held while `work` runs, which calls `sample` as it
   * goes: the median of samples taken after a full garbage collection (V8 frees the memory of
   * dead Buffers on a background thread, so a single sample can still count some), and the
   * largest growth of the resident set.
   */
  async function memoryGrowth(work: (sample: () => void) => Promise<void>) {
    collectGarbage();
    const before = process.memoryUsage();
    const held: number[] = [];
    let rss = 0;
    let calls = 0;
    const sample = () => {
      rss = Math.max(rss, process.memoryUsage().rss - before.rss);
      if (calls++ % 4 !== 0) return;
      collectGarbage();
      held.push(process.memoryUsage().arrayBuffers - before.arrayBuffers);
    };
    await work(sample);
    held.sort((a, b) => a - b);
    return { arrayBuffers: held[Math.floor(held.length / 2)]!, samples: held.length, rss };
  }

  it("streams a 40 MB file in and out without holding it in memory", async () => {
    const key = newKey("large.pdf");
    const file = largeFile();

    const written = await memoryGrowth(async (sample) => {
      async function* sampled(): AsyncGenerator<Uint8Array> {
        for await (const piece of file.pieces) {
          sample();
          yield piece;
        }
      }
      await opened.storage.write(key, sampled());
    });
    const hash = createHash("sha256");
    let size = 0;
    const read = await memoryGrowth(async (sample) => {
      const body = (await opened.storage.read(key)) as ReadableStream<Uint8Array>;
      const reader = body.getReader();
      for (;;) {
        const next = await reader.read();
        if (next.done) break;
        hash.update(next.value);
        size += next.value.byteLength;
        sample();
      }
    });

    expect(size).toBe(SIZE);
    expect(hash.digest("hex")).toBe(file.digest());
    console.log(
      `40 MB through the PostgreSQL storage: external memory held (median) ` +
        `${(written.arrayBuffers / MB).toFixed(1)} MB writing, ${(read.arrayBuffers / MB).toFixed(1)} MB reading; ` +
        `resident set ${(written.rss / MB).toFixed(1)} MB, ${(read.rss / MB).toFixed(1)} MB`,
    );
    // Generous bounds that a driver holding the whole file (40 MB) cannot meet.
    expect(read.arrayBuffers).toBeLessThan(10 * MB);
    expect(written.arrayBuffers).toBeLessThan(10 * MB);
    expect(read.rss).toBeLessThan(SIZE);
  });
});
