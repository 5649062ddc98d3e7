/**
 * Whether an error means "the database cannot be reached right now" (stopped, restarting, network
 * gone, too slow to answer, out of connections) rather than a bug or bad data. Callers answer
 * these with 503 and Retry-After, keep the user's input, and count them instead of logging a
 * stack per request (lib/logging/outage-log.ts).
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

/**
 * The outages by what happened, each with its codes and message phrases: one table for
 * isDatabaseUnavailable (any of them) and for the health check's short reason (which one).
 */
const OUTAGES = [
  {
    kind: "unreachable",
    codes: [
      "ECONNREFUSED",
      "EHOSTUNREACH",
      "ENETUNREACH",
      "P1001",
      // @prisma/adapter-pg's driver error kind
      "DatabaseNotReachable",
    ],
    message: /Can't reach database server|connect (ECONNREFUSED|EHOSTUNREACH|ENETUNREACH)/i,
  },
  {
    kind: "connection-lost",
    codes: [
      "ECONNRESET",
      "EPIPE",
      // Prisma: the server closed the connection
      "P1017",
      // PostgreSQL: admin or crash shutdown
      "57P01",
      "57P02",
      "ConnectionClosed",
    ],
    message:
      /Connection terminated|Connection closed|Server has closed the connection|Client has encountered a connection error|terminating connection due to (administrator|immediate shutdown) command|Code: `57P0[12]`/i,
  },
  {
    kind: "host-not-found",
    codes: ["ENOTFOUND", "EAI_AGAIN"],
    message: null,
  },
  {
    kind: "timed-out",
    codes: [
      "ETIMEDOUT",
      // Prisma: timed out connecting, operation timed out, pool timeout
      "P1002",
      "P1008",
      "P2024",
      "SocketTimeout",
    ],
    message:
      /timeout exceeded when trying to connect|Timed out fetching a new connection|connect ETIMEDOUT/i,
  },
  {
    kind: "busy",
    codes: [
      // Prisma: too many connections
      "P2037",
      // PostgreSQL: cannot connect now (starting, stopping, recovering), too many clients
      "57P03",
      "53300",
      "TooManyConnections",
    ],
    message:
      /the database system is (starting up|shutting down|in recovery mode|not yet accepting connections)|sorry, too many clients already|Code: `(57P03|53300)`/i,
  },
] as const satisfies readonly { kind: string; codes: readonly string[]; message: RegExp | null }[];

/** What kind of outage an error shows (OUTAGES). */
export type DatabaseOutage = (typeof OUTAGES)[number]["kind"];

/** Seconds a client is asked to wait before trying again (Retry-After): a restart takes a few. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/** Whether the error or one of its causes (at most five deep) matches one kind of outage. */
function showsOutage(error: unknown, outage: (typeof OUTAGES)[number]): boolean {
  const codes: readonly string[] = outage.codes;
  const matches = (text: string) => outage.message?.test(text) ?? false;
  for (let depth = 0, current = error; depth <= 5; depth += 1) {
    if (current === null || current === undefined) return false;
    if (typeof current !== "object") return matches(String(current));
    const record = current as Record<string, unknown>;
    if (typeof record.code === "string" && codes.includes(record.code)) return true;
    if (typeof record.kind === "string" && codes.includes(record.kind)) return true;
    if (typeof record.message === "string" && matches(record.message)) return true;
    current = record.cause;
  }
  return false;
}

/** The kind of outage the error shows, in OUTAGES' order, or null for any other error. */
export function databaseOutage(error: unknown): DatabaseOutage | null {
  return OUTAGES.find((outage) => showsOutage(error, outage))?.kind ?? null;
}

export function isDatabaseUnavailable(error: unknown): boolean {
  return databaseOutage(error) !== null;
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
