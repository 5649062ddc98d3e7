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

export function createPgPool(connectionString: string, options: pg.PoolConfig = {}): pg.Pool {
  const pool = new pg.Pool({ connectionString, Client: NameAsTextClient, ...options });
  // An idle connection closed by the server (a restart, an administrator) must not crash the
  // process: the pool drops it and opens a new one on the next query.
  pool.on("error", (error) => console.warn(`PostgreSQL connection lost: ${error.message}`));
  return pool;
}
