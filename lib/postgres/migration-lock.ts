import pg from "pg";

/**
 * The key of the session-level advisory lock under which migrations are applied and an empty
 * database gets its demo content: the ASCII bytes of "VIGILMIG". It must differ from Prisma's own
 * migrate lock (72707369), which `prisma migrate deploy` takes on its own connection while ours is
 * held: the same key would make the CLI wait for us forever.
 */
const MIGRATION_LOCK_KEY = BigInt("0x564947494C4D4947").toString();

/**
 * Runs `work` while holding the migration lock, so that two instances starting together (or a
 * deploy script beside a starting instance) migrate and seed once: the second waits here, then
 * finds nothing pending and content present. Prisma's own lock covers only the CLI's run, not
 * our "nothing pending, skip the CLI" check nor the seeding, hence this one around all of it.
 *
 * The lock belongs to a connection of its own: it is released when `work` ends, and by
 * PostgreSQL when that connection dies with this process.
 */
export async function withMigrationLock<T>(
  databaseUrl: string,
  work: () => Promise<T>,
  options: { onWait?: () => void } = {},
): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  // A connection lost while holding the lock is reported by `work`'s own queries or the unlock;
  // without a listener, pg's "error" event would end the process.
  client.on("error", () => undefined);
  await client.connect();
  try {
    const tried = await client.query<{ locked: boolean }>(
      "SELECT pg_try_advisory_lock($1::bigint) AS locked",
      [MIGRATION_LOCK_KEY],
    );
    if (!tried.rows[0]?.locked) {
      options.onWait?.();
      await client.query("SELECT pg_advisory_lock($1::bigint)", [MIGRATION_LOCK_KEY]);
    }
    try {
      return await work();
    } finally {
      // Should this fail, the connection is gone, and the lock with it.
      await client
        .query("SELECT pg_advisory_unlock($1::bigint)", [MIGRATION_LOCK_KEY])
        .catch(() => undefined);
    }
  } finally {
    await client.end().catch(() => undefined);
  }
}
