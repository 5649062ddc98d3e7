import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { emlArrivalTime, writeEmlFile } from "@/lib/mail/eml-folder";

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "vigil-eml-"));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("the mail folder", () => {
  it("keeps each message whole under a name that sorts by arrival and tells its arrival time", async () => {
    const before = Date.now();
    const first = await writeEmlFile(dir, Buffer.from("Subject: one\r\n\r\nfirst"));
    const second = await writeEmlFile(dir, Buffer.from("Subject: two\r\n\r\nsecond"));

    const names = (await readdir(dir)).sort();
    expect(names).toEqual([path.basename(first), path.basename(second)]);
    expect(emlArrivalTime(first)).toBeGreaterThanOrEqual(before);
    expect(emlArrivalTime(first)).toBeLessThanOrEqual(Date.now());
    expect(await readFile(second, "utf8")).toBe("Subject: two\r\n\r\nsecond");
  });
});
