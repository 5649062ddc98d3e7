import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The READMEs stay current with the code: every source file a README names in backticks
 * (`lib/data/letters.ts`, or `letters.ts` beside the README) exists, and the project README's
 * layout names every folder of lib/.
 */
const SOURCE_NAME = /`([\w./[\]()-]+\.(?:ts|tsx|mjs|cjs))`/g;

function readmes(): string[] {
  const inLib = readdirSync("lib", { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join("lib", entry.name, "README.md")))
    .map((entry) => path.join("lib", entry.name, "README.md"));
  return ["README.md", ...inLib];
}

/** The names of every source file of the project, for names a README gives without a folder. */
const FILE_NAMES = new Set(
  ["app", "components", "lib", "scripts", "bench", "tests"].flatMap((folder) =>
    readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name),
  ),
);

/**
 * A path exists beside the README, under the project root or under lib/; a bare file name
 * ("letters.ts", naming a module the README's text has just placed) exists somewhere.
 */
function exists(readme: string, name: string): boolean {
  if (!name.includes("/") && FILE_NAMES.has(name)) return true;
  return [path.dirname(readme), ".", "lib"].some((base) => existsSync(path.join(base, name)));
}

describe("the READMEs", () => {
  it("name only source files that exist", () => {
    const missing = readmes().flatMap((readme) =>
      [...readFileSync(readme, "utf8").matchAll(SOURCE_NAME)]
        .map((match) => match[1]!)
        .filter((name) => !exists(readme, name))
        .map((name) => `${readme}: ${name}`),
    );
    expect(missing).toEqual([]);
  });

  it("list every folder of lib/ in the project layout", () => {
    const readme = readFileSync("README.md", "utf8");
    const folders = readdirSync("lib", { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `lib/${entry.name}/`);
    expect(folders.filter((folder) => !readme.includes(`\n${folder} `))).toEqual([]);
  });
});
