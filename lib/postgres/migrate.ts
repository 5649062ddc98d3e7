import { spawn } from "node:child_process";
import { readdir } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import pg from "pg";
import { env } from "@/lib/env";

const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");
const PLACEHOLDER_URL = "postgresql://placeholder@127.0.0.1:1/placeholder";

/** Runs the Prisma CLI and resolves with its exit code; its output goes to this process's. */
export function runPrismaCli(
  args: string[],
  options: { databaseUrl?: string; quiet?: boolean } = {},
): Promise<number> {
  const cli = createRequire(import.meta.url).resolve("prisma/build/index.js");
  const databaseUrl = options.databaseUrl ?? env.DATABASE_URL ?? PLACEHOLDER_URL;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {
      stdio: options.quiet ? ["ignore", "pipe", "pipe"] : "inherit",
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        PRISMA_HIDE_UPDATE_MESSAGE: "1",
        CHECKPOINT_DISABLE: "1",
      },
    });
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      if (options.quiet && code !== 0) process.stderr.write(output);
      resolve(code ?? 1);
    });
  });
}

/** Applies every committed migration that the database has not seen yet. */
export async function applyMigrations(databaseUrl: string): Promise<void> {
  if ((await findPendingMigrations(databaseUrl)).length === 0) return;
  const code = await runPrismaCli(["migrate", "deploy"], { databaseUrl, quiet: true });
  if (code !== 0) throw new Error(`Applying the database migrations failed (exit code ${code}).`);
}

/**
 * Names of the committed migrations that the database has not applied yet. Lets start-up skip
 * the Prisma CLI (about ten seconds of WebAssembly start-up) when the schema is current.
 */
export async function findPendingMigrations(databaseUrl: string): Promise<string[]> {
  const committed = (await readdir(MIGRATIONS_DIR, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const table = await client.query("SELECT to_regclass('public._prisma_migrations') AS name");
    if (!table.rows[0]?.name) return committed;
    const applied = await client.query<{ migration_name: string }>(
      `SELECT migration_name FROM _prisma_migrations
       WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const done = new Set(applied.rows.map((row) => row.migration_name));
    return committed.filter((name) => !done.has(name));
  } finally {
    await client.end();
  }
}
