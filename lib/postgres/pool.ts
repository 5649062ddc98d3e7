import pg from "pg";

/** PostgreSQL's internal `name` type (used by catalog columns such as `pg_namespace.nspname`). */
const NAME_OID = 19;
const TEXT_OID = 25;

type AnyResult = pg.QueryResult | pg.QueryResult[];

function relabelNameColumns(result: AnyResult): AnyResult {
  for (const single of Array.isArray(result) ? result : [result]) {
    for (const field of single?.fields ?? []) {
      if (field.dataTypeID === NAME_OID) field.dataTypeID = TEXT_OID;
    }
  }
  return result;
}

/**
 * A pg client that reports `name` columns as `text`.
 *
 * Why: @prisma/adapter-pg cannot deserialise the `name` type, and the migrate engine reads catalog
 * tables that return it ("Column type 'name' could not be deserialized", prisma/orm#27403).
 * The value is plain text on the wire, so relabelling the column type is lossless.
 */
class NameAsTextClient extends pg.Client {
  // pg's query() has many overloads (promise and callback forms); both are wrapped here.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    const last = args[args.length - 1];
    if (typeof last === "function") {
      const callback = last as (error: Error | null, result: AnyResult) => void;
      args[args.length - 1] = (error: Error | null, result: AnyResult) =>
        callback(error, error ? result : relabelNameColumns(result));
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      return (super.query as any)(...args);
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const returned = (super.query as any)(...args);
    // Submittables (cursors, streams) are returned as they are.
    if (returned && typeof returned.then === "function") {
      return returned.then((result: AnyResult) => relabelNameColumns(result));
    }
    return returned;
  }
}

/**
 * A pg client that sends one query at a time and holds the next until the previous has settled.
 *
 * Why: inside an interactive transaction Prisma's query interpreter loads a `select`'s relations
 * with concurrent queries (Promise.all over the children of a join), all on the transaction's one
 * connection. pg queues them internally for now, but that queue is deprecated ("Calling
 * client.query() when the client is already executing a query", removed in pg 9), so the order
 * is kept here instead. Outside a transaction each query has its own pooled connection and
 * nothing waits.
 */
class OneQueryAtATimeClient extends NameAsTextClient {
  #previous: Promise<unknown> = Promise.resolve();

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    // Submittables (cursors, streams) run as they are: their results arrive as events, and the
    // app does not use them on a pooled connection.
    if (typeof args[0]?.submit === "function") return super.query(...args);
    const last = args[args.length - 1];
    const callback =
      typeof last === "function" ? (last as (error: Error | null, result?: unknown) => void) : null;
    const queryArgs = callback ? args.slice(0, -1) : args;
    const run = () => super.query(...queryArgs) as Promise<unknown>;
    const result = this.#previous.then(run, run);
    this.#previous = result.catch(() => undefined);
    if (!callback) return result;
    result.then(
      (value) => callback(null, value),
      (error: Error) => callback(error),
    );
    return undefined;
  }
}

/** How long opening a connection may take before the query fails as "database unavailable". */
const CONNECT_TIMEOUT_MS = 10_000;

export function createPgPool(connectionString: string, options: pg.PoolConfig = {}): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    Client: OneQueryAtATimeClient,
    // A database host that drops packets (rather than refusing) must fail a request in seconds,
    // not hang it: pg waits forever for a connection by default. Keep-alive notices a connection
    // whose server vanished while it sat idle in the pool.
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    keepAlive: true,
    ...options,
  });
  // An idle connection closed by the server (a restart, an administrator) must not crash the
  // process: the pool drops it and opens a new one on the next query.
  pool.on("error", (error) => console.warn(`PostgreSQL connection lost: ${error.message}`));
  return pool;
}
