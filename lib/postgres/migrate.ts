import { spawn } from "node:child_process";
import { readdir } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import pg from "pg";
import { env } from "@/lib/env";
import { withMigrationLock } from "@/lib/postgres/migration-lock";

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

/**
 * The database has applied migrations that this code's prisma/migrations folder does not hold:
 * it was upgraded by a newer version of Vigil. Older code must not serve it (a newer migration
 * may, say, add a redaction this code would not honour), so start-up stops with this message.
 */
export class DatabaseNewerThanCodeError extends Error {
  override name = "DatabaseNewerThanCodeError";
  constructor(readonly unknownMigrations: readonly string[]) {
    super(
      `The database has migrations this version of Vigil does not know (${unknownMigrations.join(", ")}): ` +
        "it was upgraded by a newer version. Deploy that version or newer.",
    );
  }
}

export interface MigrationState {
  /** Committed here, not applied to the database yet. */
  pending: string[];
  /** Applied to the database, unknown here: the database is newer than this code. */
  unknown: string[];
}

/**
 * Applies every committed migration that the database has not seen yet, under the migration lock
 * (migration-lock.ts), and returns their names (none when another instance applied them while
 * this one waited). Throws DatabaseNewerThanCodeError, before changing anything, when the
 * database has migrations this code does not know.
 */
export async function applyMigrations(
  databaseUrl: string,
  options: { onWait?: () => void } = {},
): Promise<string[]> {
  return withMigrationLock(databaseUrl, () => applyPendingMigrations(databaseUrl), options);
}

/** applyMigrations' work, for a caller that already holds the migration lock. */
export async function applyPendingMigrations(databaseUrl: string): Promise<string[]> {
  const { pending, unknown } = await readMigrationState(databaseUrl);
  if (unknown.length > 0) throw new DatabaseNewerThanCodeError(unknown);
  // The Prisma CLI costs about ten seconds of WebAssembly start-up: skipped when nothing is due.
  if (pending.length === 0) return [];
  const code = await runPrismaCli(["migrate", "deploy"], { databaseUrl, quiet: true });
  if (code !== 0) throw new Error(`Applying the database migrations failed (exit code ${code}).`);
  return pending;
}

/** Which committed migrations the database lacks, and which of its migrations are not committed. */
export async function readMigrationState(databaseUrl: string): Promise<MigrationState> {
  const committed = (await readdir(MIGRATIONS_DIR, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const table = await client.query("SELECT to_regclass('public._prisma_migrations') AS name");
    if (!table.rows[0]?.name) return { pending: committed, unknown: [] };
    // A failed migration (finished_at null) is neither: `migrate deploy` reports it (P3009).
    const applied = await client.query<{ migration_name: string }>(
      `SELECT DISTINCT migration_name FROM _prisma_migrations
       WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
    );
    const done = new Set(applied.rows.map((row) => row.migration_name));
    const known = new Set(committed);
    return {
      pending: committed.filter((name) => !done.has(name)),
      unknown: [...done].filter((name) => !known.has(name)),
    };
  } finally {
    await client.end();
  }
}
