import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { exitCodeOf, runNext } from "../../scripts/lib/next-process";

const run = promisify(execFile);

/**
 * Files Next.js writes before it builds (verifyAndRunTypeScript: the tsconfig it is given, and
 * next-env.d.ts). They are put back after each test, so that a failing run (today's bug: a build
 * into an unlisted folder rewrites tsconfig.json) does not leave the checkout changed either.
 */
const FILES_NEXT_MAY_WRITE = ["tsconfig.json", "tsconfig.next.json", "next-env.d.ts"];

const restorers: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (restorers.length) await restorers.pop()!();
});

async function keepForRestore(file: string): Promise<void> {
  if (!existsSync(file)) {
    restorers.push(() => rm(file, { force: true }));
    return;
  }
  const content = await readFile(file);
  // Written back only when changed: an editor or `next dev` watching the file sees nothing.
  restorers.push(async () => {
    if (!content.equals(await readFile(file).catch(() => Buffer.alloc(0)))) {
      await writeFile(file, content);
    }
  });
}

async function gitStatus(): Promise<Set<string>> {
  const { stdout } = await run("git", ["status", "--porcelain=v1", "--untracked-files=all"]);
  return new Set(stdout.split("\n").filter(Boolean));
}

/** Lines of `git status` that `after` has and `before` had not: what the command changed. */
function changedSince(before: Set<string>, after: Set<string>): string[] {
  return [...after].filter((line) => !before.has(line));
}

/**
 * Issue 15, item 8: a build with its own build folder (VIGIL_DIST_DIR: benches, the end-to-end
 * and fault servers) must not change a tracked file. `next typegen` runs the step of `next build`
 * that writes the tsconfig (verifyAndRunTypeScript → writeConfigurationDefaults, with the
 * configured distDir and tsconfigPath) and nothing of the rest, so the check takes about a second
 * instead of a build's minutes. It is spawned as the benches spawn `next build` (runNext).
 */
describe("a build into a build folder of its own", () => {
  it.each(["production", "development"])(
    "leaves every tracked file as it was (NODE_ENV=%s)",
    async (nodeEnv) => {
      const distDir = `.next-tree-check-${randomBytes(4).toString("hex")}`;
      for (const file of FILES_NEXT_MAY_WRITE) await keepForRestore(file);
      restorers.push(() => rm(distDir, { recursive: true, force: true }));
      const before = await gitStatus();

      const code = await exitCodeOf(
        runNext(["typegen"], {
          databaseUrl: "",
          quiet: true,
          env: { VIGIL_DIST_DIR: distDir, NODE_ENV: nodeEnv },
        }),
      );

      expect(code, "next typegen's exit code").toBe(0);
      expect(existsSync(`${distDir}/types/routes.d.ts`), "the types it generated").toBe(true);
      expect(changedSince(before, await gitStatus()), "files the build step changed").toEqual([]);
    },
    60_000,
  );
});
