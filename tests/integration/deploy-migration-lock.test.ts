import { randomUUID } from "node:crypto";
import { readdir } from "node:fs/promises";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isPortFree } from "@/lib/net/ports";
import { openThrowawayDatabase, type OpenDatabase } from "@/lib/postgres/database";
import { applyMigrations, DatabaseNewerThanCodeError } from "@/lib/postgres/migrate";
import { migrateAndSeedIfEmpty } from "@/lib/postgres/setup";
import { runCommand } from "../fixtures/run-command";

/** A port of this test's own: the refused server must never have listened on it. */
const REFUSED_SERVER_PORT = 3411;

/** A migration only a newer version of Vigil would have applied. */
const NEWER_MIGRATION = "20991231000000_from_a_newer_version";

async function query<Row extends pg.QueryResultRow>(url: string, text: string): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Row>(text)).rows;
  } finally {
    await client.end();
  }
}

describe("migrations on deploy", () => {
  let database: OpenDatabase;
  let committed: string[];

  beforeAll(async () => {
    database = await openThrowawayDatabase("deploylock");
    committed = (await readdir("prisma/migrations", { withFileTypes: true }))
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
  });
  afterAll(async () => {
    await database?.close();
  });

  it("two instances starting together on an empty database migrate and seed it once", async () => {
    let waited = 0;
    const onWait = () => (waited += 1);

    const results = await Promise.all([
      migrateAndSeedIfEmpty(database.url, { onWait }),
      migrateAndSeedIfEmpty(database.url, { onWait }),
    ]);

    // One did the work; the other waited for the lock, then found nothing pending and content.
    expect(waited).toBe(1);
    expect(results.map((result) => result.seeded).sort()).toEqual([false, true]);
    expect(results.map((result) => result.applied.length).sort((a, b) => a - b)).toEqual([
      0,
      committed.length,
    ]);
    const applied = await query<{ migration_name: string; runs: number }>(
      database.url,
      `SELECT migration_name, count(*)::int AS runs FROM _prisma_migrations
       GROUP BY migration_name ORDER BY migration_name`,
    );
    expect(applied).toEqual(committed.map((name) => ({ migration_name: name, runs: 1 })));
    const [seededOnce] = await query<{ prisoners: number; letters: number }>(
      database.url,
      `SELECT (SELECT count(*)::int FROM "Prisoner") AS prisoners,
              (SELECT count(*)::int FROM "Letter") AS letters`,
    );
    expect(seededOnce!.prisoners).toBeGreaterThanOrEqual(9);
    expect(seededOnce!.letters).toBeGreaterThanOrEqual(4);
  });

  it("an instance whose code is older than the database refuses to start, saying why", async () => {
    await query(
      database.url,
      `INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
       VALUES ('${randomUUID()}', 'newer', '${NEWER_MIGRATION}', now(), now(), 1)`,
    );
    const message = `The database has migrations this version of Vigil does not know (${NEWER_MIGRATION}): it was upgraded by a newer version. Deploy that version or newer.`;

    await expect(applyMigrations(database.url)).rejects.toThrow(DatabaseNewerThanCodeError);
    await expect(applyMigrations(database.url)).rejects.toThrow(message);

    // `npm start` on that database: the message, a non-zero exit, and never a served request.
    expect(await isPortFree(REFUSED_SERVER_PORT)).toBe(true);
    const started = await runCommand(
      process.execPath,
      ["--import", "tsx", "scripts/serve.ts", "--port", String(REFUSED_SERVER_PORT)],
      {
        timeoutMs: 60_000,
        env: {
          DATABASE_URL: database.url,
          VIGIL_PUBLIC_URL: `http://localhost:${REFUSED_SERVER_PORT}`,
          // A build folder that does not exist: the refusal comes before Next.js is loaded.
          VIGIL_DIST_DIR: ".next-refused-start",
        },
      },
    );
    expect(started.output).toContain(message);
    expect(started.output).not.toContain("Web server (production) on port");
    expect(started.code).toBe(78);
  });
});
