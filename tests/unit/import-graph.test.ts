import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { cruise, type IConfiguration } from "dependency-cruiser";
import { afterAll, describe, expect, it } from "vitest";

/**
 * The import-graph rules of .dependency-cruiser.cjs (run by `npm run lint`) fail on a deliberate
 * violation several imports away, and let through what the layers allow: a small tree is written
 * to a temporary folder and cruised with the project's rules.
 */
const config = createRequire(import.meta.url)(
  path.resolve(".dependency-cruiser.cjs"),
) as IConfiguration;

const tree = mkdtempSync(path.join(os.tmpdir(), "vigil-import-graph-"));
afterAll(() => rmSync(tree, { recursive: true, force: true }));

function write(files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(tree, file)), { recursive: true });
    writeFileSync(path.join(tree, file), text);
  }
}

async function violations(entry: string): Promise<string[]> {
  const cwd = process.cwd();
  process.chdir(tree);
  try {
    const result = await cruise([entry], {
      validate: true,
      ruleSet: { forbidden: config.forbidden },
      exclude: config.options!.exclude,
      doNotFollow: config.options!.doNotFollow,
      tsPreCompilationDeps: false,
    });
    const output = result.output as { summary: { violations: { rule: { name: string } }[] } };
    return output.summary.violations.map((violation) => violation.rule.name);
  } finally {
    process.chdir(cwd);
  }
}

write({
  "lib/db.ts": "export const prisma = {};\n",
  "lib/postgres/unavailable.ts": "export const isDown = () => false;\n",
  "lib/export/export-lists.ts": 'import { prisma } from "../db";\nexport const lists = [prisma];\n',
  "lib/export/list-names.ts": 'export const names = ["tags"];\n',
  "lib/actions/tags/create-tag.ts":
    '"use server";\nimport { prisma } from "../../db";\nexport async function createTag() { return prisma; }\n',
  "components/leaky.tsx":
    'import { lists } from "../lib/export/export-lists";\nexport const Leaky = () => lists;\n',
  "components/clean.tsx": [
    'import { names } from "../lib/export/list-names";',
    'import { createTag } from "../lib/actions/tags/create-tag";',
    'import { isDown } from "../lib/postgres/unavailable";',
    "export const Clean = () => [names, createTag, isDown];",
    "",
  ].join("\n"),
});

describe("the import-graph rules", () => {
  it("refuse a component that reaches the database through a subsystem folder", async () => {
    expect(await violations("components/leaky.tsx")).toContain(
      "components-never-reach-the-database",
    );
  });

  it("let a component use pure modules, server actions and the outage classifier", async () => {
    expect(await violations("components/clean.tsx")).toEqual([]);
  });
});
