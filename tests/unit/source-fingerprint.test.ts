import { mkdir, mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { staleClusterBuild } from "../../scripts/lib/cluster-build";
import { sourceFingerprint } from "../../scripts/lib/source-fingerprint";

/**
 * The fingerprint that decides whether a cluster build may be reused (scripts/lib/cluster-build.ts):
 * any change to what is built makes it differ; nothing else does; and it is cheap on this checkout.
 */
let root: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), "vigil-fingerprint-"));
  await mkdir(path.join(root, "lib", "data"), { recursive: true });
  await mkdir(path.join(root, "app"), { recursive: true });
  await mkdir(path.join(root, "tests"), { recursive: true });
  await writeFile(path.join(root, "lib", "data", "letters.ts"), "export const a = 1;\n");
  await writeFile(path.join(root, "app", "page.tsx"), "export default function Page() {}\n");
  await writeFile(path.join(root, "package-lock.json"), "{}\n");
  await writeFile(path.join(root, "tests", "a.test.ts"), "// a test\n");
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const fingerprint = () => sourceFingerprint(root);

describe("the sources' fingerprint", () => {
  it("is the same for the same sources", async () => {
    expect(await fingerprint()).toBe(await fingerprint());
  });

  it("changes when a built file changes, even by one character", async () => {
    const before = await fingerprint();
    await writeFile(path.join(root, "lib", "data", "letters.ts"), "export const a = 2;\n");
    expect(await fingerprint()).not.toBe(before);
  });

  it("changes when a file is added, removed or renamed", async () => {
    const first = await fingerprint();
    await writeFile(path.join(root, "app", "new-page.tsx"), "");
    const added = await fingerprint();
    await rename(path.join(root, "app", "new-page.tsx"), path.join(root, "app", "other.tsx"));
    const renamed = await fingerprint();
    await rm(path.join(root, "app", "other.tsx"));
    const removed = await fingerprint();

    expect(new Set([first, added, renamed]).size).toBe(3);
    expect(removed).toBe(first);
  });

  it("changes with the lock file, which fixes what the build bundles", async () => {
    const before = await fingerprint();
    await writeFile(path.join(root, "package-lock.json"), '{"lockfileVersion":3}\n');
    expect(await fingerprint()).not.toBe(before);
  });

  it("stays the same when tests, generated code or a file's time change", async () => {
    const before = await fingerprint();
    await writeFile(path.join(root, "tests", "a.test.ts"), "// another test\n");
    await mkdir(path.join(root, "lib", "generated"), { recursive: true });
    await writeFile(path.join(root, "lib", "generated", "client.ts"), "generated\n");
    await writeFile(path.join(root, "lib", "data", "letters.ts"), "export const a = 1;\n");
    expect(await fingerprint()).toBe(before);
  });

  it("takes well under a second on this checkout", async () => {
    const started = performance.now();
    const value = await sourceFingerprint(process.cwd());
    expect(value).toMatch(/^[0-9a-f]{64}$/);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe("whether the cluster build may be reused", () => {
  const origin = "http://localhost:8450";
  const stamp = async (files: Record<string, string>) => {
    for (const [name, content] of Object.entries(files)) {
      await writeFile(path.join(root, name), content);
    }
  };

  it("only when it was made for this address from these sources", async () => {
    expect(await staleClusterBuild(root, origin)).toMatch(/no build/);

    await stamp({
      BUILD_ID: "x",
      "vigil-public-url": origin,
      "vigil-source-fingerprint": await sourceFingerprint(process.cwd()),
    });
    expect(await staleClusterBuild(root, origin)).toBeNull();
    expect(await staleClusterBuild(root, "http://localhost:8080")).toMatch(/made for/);

    await stamp({ "vigil-source-fingerprint": "0".repeat(64) });
    expect(await staleClusterBuild(root, origin)).toMatch(/sources changed/);
  });
});
