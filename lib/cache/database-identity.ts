import pg from "pg";

/**
 * Which database a server talks to, as PostgreSQL itself knows it. A different database (another
 * cluster, another database on the same cluster, a database dropped and created again) has
 * another `systemIdentifier` or `databaseOid`. A restore from a base backup keeps both, so the
 * timeline and the write-ahead log position are kept too: a point-in-time restore or a promoted
 * standby starts a new timeline, and a plain restore takes the log position back
 * (lib/cache/identity-change.ts).
 */
export interface DatabaseIdentity {
  /** pg_control_system().system_identifier: chosen at initdb, one per cluster; null without the right to read it. */
  systemIdentifier: string | null;
  /** pg_control_checkpoint().timeline_id; null without the right to read it. */
  timeline: number | null;
  /** The database's oid in pg_database: new for every CREATE DATABASE, kept by a physical restore. */
  databaseOid: string;
  /** current_database(), for messages only (a rename keeps the data). */
  databaseName: string;
  /** host:port of the connection, compared only when the system identifier cannot be read. */
  address: string;
  /**
   * The write-ahead log position flushed to disk ("16/B374D848"), or the replayed one on a
   * standby. Flushed, not inserted: a crash loses WAL that was inserted but not flushed, and a
   * crash must not look like a restore.
   */
  walLsn: string;
}

const WAL_LSN = `(CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn() ELSE pg_current_wal_flush_lsn() END)::text`;

const WITH_CONTROL_DATA = `
  SELECT s.system_identifier::text AS system_identifier, c.timeline_id AS timeline,
         d.oid::text AS database_oid, current_database()::text AS database_name, ${WAL_LSN} AS wal_lsn
  FROM pg_control_system() s, pg_control_checkpoint() c, pg_database d
  WHERE d.datname = current_database()`;

// Managed services may refuse the pg_control_* functions to the application's role.
const WITHOUT_CONTROL_DATA = `
  SELECT NULL AS system_identifier, NULL AS timeline,
         d.oid::text AS database_oid, current_database()::text AS database_name, ${WAL_LSN} AS wal_lsn
  FROM pg_database d
  WHERE d.datname = current_database()`;

const INSUFFICIENT_PRIVILEGE = "42501";

interface IdentityRow {
  system_identifier: string | null;
  timeline: number | null;
  database_oid: string;
  database_name: string;
  wal_lsn: string;
}

/**
 * Reads the identity of the database at `databaseUrl` on a connection of its own (one or two
 * short queries; cheap enough to poll). Rejects when the database cannot be reached.
 */
export async function readDatabaseIdentity(
  databaseUrl: string,
  options: { timeoutMs?: number } = {},
): Promise<DatabaseIdentity> {
  const timeoutMs = options.timeoutMs ?? 5_000;
  const client = new pg.Client({
    connectionString: databaseUrl,
    connectionTimeoutMillis: timeoutMs,
    query_timeout: timeoutMs,
  });
  // A connection the server drops mid-query must reject the query, not crash the process.
  client.on("error", () => {});
  await client.connect();
  try {
    let row: IdentityRow | undefined;
    try {
      row = (await client.query<IdentityRow>(WITH_CONTROL_DATA)).rows[0];
    } catch (error) {
      if ((error as { code?: string }).code !== INSUFFICIENT_PRIVILEGE) throw error;
      row = (await client.query<IdentityRow>(WITHOUT_CONTROL_DATA)).rows[0];
    }
    if (!row) throw new Error("current_database() is missing from pg_database");
    const url = new URL(databaseUrl);
    return {
      systemIdentifier: row.system_identifier,
      timeline: row.timeline === null ? null : Number(row.timeline),
      databaseOid: row.database_oid,
      databaseName: row.database_name,
      address: `${url.hostname}:${url.port || "5432"}`,
      walLsn: row.wal_lsn,
    };
  } finally {
    await client.end().catch(() => {});
  }
}

/** "database vigil (oid 16384) of PostgreSQL system 7715899894427422317": for log lines. */
export function describeDatabase(identity: DatabaseIdentity): string {
  const where = identity.systemIdentifier
    ? `PostgreSQL system ${identity.systemIdentifier}`
    : `the PostgreSQL at ${identity.address}`;
  return `database ${identity.databaseName} (oid ${identity.databaseOid}) of ${where}`;
}
