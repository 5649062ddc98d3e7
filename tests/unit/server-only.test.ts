import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Every module that touches the database starts with `import "server-only"`, so that a client
 * component importing it (directly or not) fails the build instead of shipping database code.
 *
 * Exempt, with the reason: modules that plain Node.js processes load (the web server, the
 * launcher, benches and scripts), where "server-only" would throw; and server actions, whose
 * "use server" already keeps them on the server.
 */
const LOADED_BY_PLAIN_NODE: Record<string, string> = {
  "lib/db.ts": "the Prisma client itself: scripts and the seed use it",
  "lib/auth/demo-admin.ts": "scripts/start.ts creates the demo administrator",
  "lib/mail/outbox-worker.ts": "bench/mail.ts runs the worker in its own process",
  "lib/mail/outbox-drain.ts": "loaded by the outbox worker",
};
const PLAIN_NODE_FOLDERS = ["lib/postgres/"];

const DATABASE_IMPORT =
  /^import\s+(?!type\b)[^;]*?from\s+"@\/lib\/(db|postgres\/client|generated\/prisma\/client)"/m;

/** Whether a module's text imports the database at run time and lacks the "server-only" guard. */
export function needsServerOnly(text: string): boolean {
  if (!DATABASE_IMPORT.test(text)) return false;
  if (/^["']use server["'];?/m.test(text)) return false;
  return !/^import\s+["']server-only["'];?/m.test(text);
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => path.relative(process.cwd(), path.join(entry.parentPath, entry.name)))
    .filter((file) => !file.startsWith("lib/generated/"));
}

describe('modules that touch the database are "server-only"', () => {
  it("recognises a runtime database import without the guard, and not a type import", () => {
    expect(needsServerOnly('import { prisma } from "@/lib/db";\n')).toBe(true);
    expect(needsServerOnly('import "server-only";\nimport { prisma } from "@/lib/db";\n')).toBe(
      false,
    );
    expect(needsServerOnly('import type { Prisma } from "@/lib/generated/prisma/client";\n')).toBe(
      false,
    );
    expect(needsServerOnly('import {\n  Prisma,\n} from "@/lib/generated/prisma/client";\n')).toBe(
      true,
    );
  });

  it("holds for every module of app/, components/ and lib/", () => {
    const unguarded = ["app", "components", "lib"]
      .flatMap(sourceFiles)
      .map((file) => file.split(path.sep).join("/"))
      .filter((file) => !(file in LOADED_BY_PLAIN_NODE))
      .filter((file) => !PLAIN_NODE_FOLDERS.some((folder) => file.startsWith(folder)))
      .filter((file) => needsServerOnly(readFileSync(file, "utf8")));
    expect(unguarded).toEqual([]);
  });
});
