/**
 * Whether an error means "the database cannot be reached right now" (stopped, restarting, network
 * gone, too slow to answer, out of connections) rather than a bug or bad data. Callers answer
 * these with 503 and Retry-After, keep the user's input, and count them instead of logging a
 * stack per request (lib/server/outage-log.ts).
 *
 * What Prisma 6.19 with @prisma/adapter-pg and the raw pg pools actually throw was checked
 * against a real PostgreSQL 18 (tests/integration/outage-classification.test.ts):
 *   - server stopped, a new connection: Prisma `P2010`/`P1001` "Can't reach database server at
 *     …"; raw pg `ECONNREFUSED`;
 *   - stopped mid-query (`pg_ctl stop -m immediate`): a plain Error "Connection terminated
 *     unexpectedly" from both, without a code;
 *   - stopped mid-query with a fast shutdown, or pg_terminate_backend: `57P01` "terminating
 *     connection due to administrator command";
 *   - a pool that cannot get a connection in time: "timeout exceeded when trying to connect".
 * Codes and adapter kinds are compared whole, on the `code` and `kind` fields only; messages by
 * the phrases below, so that a form value quoted in an error message cannot make a bug look like
 * an outage by containing, say, "P1001".
 */
const UNAVAILABLE_CODES = new Set([
  // Node.js sockets and DNS
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  // Prisma: can't reach, timed out, closed the connection, pool timeout, too many connections
  "P1001",
  "P1002",
  "P1008",
  "P1017",
  "P2024",
  "P2037",
  // PostgreSQL: admin/crash shutdown, cannot connect now, too many clients
  "57P01",
  "57P02",
  "57P03",
  "53300",
  // @prisma/adapter-pg's driver error kinds
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
]);

const UNAVAILABLE_MESSAGE =
  /Can't reach database server|Connection terminated|Connection closed|Server has closed the connection|Client has encountered a connection error|terminating connection due to (administrator|immediate shutdown) command|the database system is (starting up|shutting down|in recovery mode|not yet accepting connections)|sorry, too many clients already|timeout exceeded when trying to connect|Timed out fetching a new connection|connect (ECONNREFUSED|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH)|Code: `(57P0[123]|53300)`/i;

/** Seconds a client is asked to wait before trying again (Retry-After): a restart takes a few. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let depth = 0, current = error; depth <= 5; depth += 1) {
    if (current === null || current === undefined) return false;
    if (typeof current !== "object") return UNAVAILABLE_MESSAGE.test(String(current));
    const record = current as Record<string, unknown>;
    if (typeof record.code === "string" && UNAVAILABLE_CODES.has(record.code)) return true;
    if (typeof record.kind === "string" && UNAVAILABLE_CODES.has(record.kind)) return true;
    if (typeof record.message === "string" && UNAVAILABLE_MESSAGE.test(record.message)) {
      return true;
    }
    current = record.cause;
  }
  return false;
}

/** Name, message, code and kind of an error and its causes, for matching only (never shown). */
export function collectErrorText(error: unknown, depth = 0): string {
  if (depth > 5 || error === null || error === undefined) return "";
  if (typeof error !== "object") return String(error);
  const record = error as Record<string, unknown>;
  const parts = [record.name, record.message, record.code, record.kind]
    .filter((part) => typeof part === "string")
    .join(" ");
  return `${parts} ${collectErrorText(record.cause, depth + 1)}`;
}
