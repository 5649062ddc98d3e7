import { afterEach, describe, expect, it, vi } from "vitest";
import { dropMemoryCached, memoryCachedRead } from "@/lib/data/memory-cache";

/** A read of `slug` that counts its calls and answers when `release` is called (or at once). */
function countingRead(options: { held?: boolean } = {}) {
  const calls: string[] = [];
  const releases: Array<() => void> = [];
  let answer = "v1";
  const read = async (slug: string) => {
    calls.push(slug);
    const read = { slug, answer }; // what the database held when asked
    if (options.held) await new Promise<void>((resolve) => releases.push(resolve));
    return read;
  };
  return {
    read,
    calls,
    release: () => releases.splice(0).forEach((resolve) => resolve()),
    answerNow: (value: string) => (answer = value),
  };
}

let names = 0;
/** A cache of its own per test: caches are per name for the process. */
function cached<T>(read: (slug: string) => Promise<T>, options: { maxBytes?: number } = {}) {
  let now = 1_000_000;
  const cachedRead = memoryCachedRead(
    `test-memory-${++names}`,
    read,
    (slug) => ["prisoners", `prisoner:${slug}`],
    { maxAgeSeconds: 60, maxBytes: options.maxBytes ?? 1_000_000, now: () => now },
  );
  return { cachedRead, advance: (seconds: number) => (now += seconds * 1_000) };
}

afterEach(() => vi.restoreAllMocks());

describe("a read cached in the process's memory", () => {
  it("answers a burst of one key with one read, and other keys with their own", async () => {
    const reads = countingRead({ held: true });
    const { cachedRead } = cached(reads.read);

    const burst = Promise.all([
      ...Array.from({ length: 20 }, () => cachedRead("sentsov")),
      cachedRead("kolchenko"),
    ]);
    reads.release();
    const answers = await burst;

    expect(reads.calls).toEqual(["sentsov", "kolchenko"]);
    expect(answers.at(0)).toEqual({ slug: "sentsov", answer: "v1" });
    expect(answers.at(-1)).toEqual({ slug: "kolchenko", answer: "v1" });
    expect(await cachedRead("sentsov")).toEqual({ slug: "sentsov", answer: "v1" });
    expect(reads.calls).toHaveLength(2);
  });

  it("drops the entries carrying a revalidated tag, and only those", async () => {
    const reads = countingRead();
    const { cachedRead } = cached(reads.read);
    await cachedRead("sentsov");
    await cachedRead("kolchenko");
    reads.answerNow("v2");

    dropMemoryCached(["prisoner:sentsov"]);

    expect(await cachedRead("sentsov")).toEqual({ slug: "sentsov", answer: "v2" });
    expect(await cachedRead("kolchenko")).toEqual({ slug: "kolchenko", answer: "v1" });
    dropMemoryCached(["prisoners"]);
    expect(await cachedRead("kolchenko")).toEqual({ slug: "kolchenko", answer: "v2" });
    expect(reads.calls).toEqual(["sentsov", "kolchenko", "sentsov", "kolchenko"]);
  });

  it("gives a read under way when its tag is revalidated to its callers, but keeps it not", async () => {
    const reads = countingRead({ held: true });
    const { cachedRead } = cached(reads.read);
    const before = cachedRead("sentsov");

    dropMemoryCached(["prisoners"]);
    reads.answerNow("v2");
    const after = cachedRead("sentsov");
    reads.release();

    expect(await before).toEqual({ slug: "sentsov", answer: "v1" });
    expect(await after).toEqual({ slug: "sentsov", answer: "v2" });
    expect(await cachedRead("sentsov")).toEqual({ slug: "sentsov", answer: "v2" });
    expect(reads.calls).toEqual(["sentsov", "sentsov"]);
  });

  it("serves an entry past its age once more while reading it again", async () => {
    const reads = countingRead();
    const { cachedRead, advance } = cached(reads.read);
    await cachedRead("sentsov");
    reads.answerNow("v2");

    advance(59);
    expect(await cachedRead("sentsov")).toEqual({ slug: "sentsov", answer: "v1" });
    expect(reads.calls).toHaveLength(1);
    advance(2);
    expect(await cachedRead("sentsov")).toEqual({ slug: "sentsov", answer: "v1" });
    await vi.waitFor(() => expect(reads.calls).toHaveLength(2));
    await vi.waitFor(async () =>
      expect(await cachedRead("sentsov")).toEqual({ slug: "sentsov", answer: "v2" }),
    );
  });

  it("keeps the last answer when reading it again fails, and keeps no failure", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    let down = false;
    let calls = 0;
    const { cachedRead, advance } = cached(async (slug: string) => {
      calls += 1;
      if (down) throw new Error("the database is down");
      return { slug, calls };
    });
    await expect(cachedRead("unknown")).resolves.toEqual({ slug: "unknown", calls: 1 });

    down = true;
    await expect(cachedRead("never-read")).rejects.toThrow("the database is down");
    advance(120);
    expect(await cachedRead("unknown")).toEqual({ slug: "unknown", calls: 1 });
    await vi.waitFor(() => expect(logged).toHaveBeenCalledOnce());
    down = false;
    await expect(cachedRead("never-read")).resolves.toEqual({ slug: "never-read", calls: 4 });
  });

  it("holds at most its budget of bytes, the least recently used going first", async () => {
    const reads = countingRead();
    // Each answer is 30 bytes of JSON: room for two.
    const { cachedRead } = cached(reads.read, { maxBytes: 70 });
    await cachedRead("first");
    await cachedRead("second");
    await cachedRead("first");
    await cachedRead("third");

    await cachedRead("first");
    await cachedRead("second");

    expect(reads.calls).toEqual(["first", "second", "third", "second"]);
  });
});
