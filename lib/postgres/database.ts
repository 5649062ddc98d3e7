import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { env } from "@/lib/env";
import { findFreePort } from "@/lib/net/ports";
import { startEmbeddedPostgres } from "@/lib/postgres/embedded";

/** The database Vigil uses on the embedded server. */
const APP_DATABASE = "vigil";

export interface OpenDatabase {
  /** Connection URL of the database to use. */
  readonly url: string;
  /** Where it lives, for the start-up message. */
  readonly description: string;
  /** Releases it: stops an embedded server; drops a throw-away database. */
  close(): Promise<void>;
}

/** Creates a database unless it exists. CREATE DATABASE cannot be parameterised: names are ours. */
export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`Unsafe database name: ${name}`);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const existing = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (existing.rowCount === 0) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`Unsafe database name: ${name}`);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/** The same server URL with another database name. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * The database for running the site: DATABASE_URL when set (nothing is started), otherwise the
 * embedded PostgreSQL on its persistent data folder.
 */
export async function openAppDatabase(
  options: { onLog?: (line: string) => void } = {},
): Promise<OpenDatabase> {
  if (env.DATABASE_URL) {
    const host = new URL(env.DATABASE_URL).host;
    return { url: env.DATABASE_URL, description: `PostgreSQL at ${host}`, close: async () => {} };
  }
  const server = await startEmbeddedPostgres({
    dataDir: env.VIGIL_DATA_DIR,
    port: env.VIGIL_PG_PORT,
    onLog: options.onLog,
  });
  await ensureDatabase(server.adminUrl, APP_DATABASE);
  return {
    url: server.urlFor(APP_DATABASE),
    description: `embedded PostgreSQL on port ${env.VIGIL_PG_PORT}, data in ${env.VIGIL_DATA_DIR}`,
    close: () => server.stop(),
  };
}

/**
 * A fresh, empty database for one test run, never the development data: a new database on the
 * server of DATABASE_URL when set, otherwise an embedded PostgreSQL in a temporary folder on a
 * free port. `close()` removes it.
 */
export async function openThrowawayDatabase(label = "test"): Promise<OpenDatabase> {
  const name = `vigil_${label}_${randomBytes(4).toString("hex")}`;
  if (env.DATABASE_URL) {
    const adminUrl = withDatabase(env.DATABASE_URL, "postgres");
    await ensureDatabase(adminUrl, name);
    return {
      url: withDatabase(env.DATABASE_URL, name),
      description: `database ${name} on ${new URL(env.DATABASE_URL).host}`,
      close: () => dropDatabase(adminUrl, name),
    };
  }
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "vigil-pg-"));
  const port = await findFreePort();
  const server = await startEmbeddedPostgres({ dataDir, port });
  await ensureDatabase(server.adminUrl, name);
  return {
    url: server.urlFor(name),
    description: `embedded PostgreSQL on port ${port}, data in ${dataDir}`,
    close: async () => {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
