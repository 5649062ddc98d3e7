import { log } from "./log";
import { currentRequestId } from "./request-id";

/**
 * One log line when the database becomes unreachable and one when it is back, with how long it
 * was gone and how many requests failed meanwhile, instead of a stack per failed request (a 5 s
 * outage under load printed 945 lines in 19 s). Callers that catch an outage error
 * (`isDatabaseUnavailable`, lib/postgres/unavailable.ts) report it here; Next.js's own error
 * logging of such errors is counted the same way by lib/logging/console-filter.ts. Recovery is
 * reported by whoever sees the database answer again (the probe started in instrumentation.ts,
 * the health check).
 *
 * The state lives on globalThis: Next.js bundles separate copies of this module (instrumentation,
 * routes), and they must count into one outage.
 */

interface Outage {
  since: number;
  /** Ids of the requests that failed (each counted once however often it reports). */
  requests: Set<string>;
  /** Failures reported outside any request (a background job), or past the set's cap. */
  otherFailures: number;
  /** Error objects already counted: a route reports one, then Next.js logs the same one. */
  seen: WeakSet<object>;
}

export interface OutageListener {
  /** The first failure of an outage. */
  started?: () => void;
  /** The database answered again; `failedRequests` failed meanwhile. */
  recovered?: (outage: { durationMs: number; failedRequests: number }) => void;
}

interface OutageState {
  current: Outage | null;
  listeners: Set<OutageListener>;
}

const REQUEST_IDS_KEPT = 100_000;

const KEY = Symbol.for("vigil.outage-log");
const globalState = globalThis as unknown as Record<symbol, OutageState>;
const state = (globalState[KEY] ??= { current: null, listeners: new Set() });

/** A database call failed because the database is unreachable (see the top of this file). */
export function reportDatabaseUnavailable(error?: unknown): void {
  const requestId = currentRequestId();
  let outage = state.current;
  if (!outage) {
    outage = { since: Date.now(), requests: new Set(), otherFailures: 0, seen: new WeakSet() };
    state.current = outage;
    log.warn(
      `database unreachable since ${new Date(outage.since).toISOString()}: ${reasonOf(error)}`,
      { event: "database-unavailable" },
    );
    notify((listener) => listener.started?.());
  }
  if (typeof error === "object" && error !== null) {
    if (outage.seen.has(error)) return;
    outage.seen.add(error);
  }
  if (requestId && outage.requests.size < REQUEST_IDS_KEPT) outage.requests.add(requestId);
  else if (!requestId || !outage.requests.has(requestId)) outage.otherFailures++;
}

/** The database answered; ends the current outage, if any, with one log line. */
export function reportDatabaseAvailable(): void {
  const outage = state.current;
  if (!outage) return;
  state.current = null;
  const durationMs = Date.now() - outage.since;
  const failedRequests = outage.requests.size + outage.otherFailures;
  log.info(
    `database reachable again after ${(durationMs / 1000).toFixed(1)} s; ${failedRequests} ${
      failedRequests === 1 ? "request" : "requests"
    } failed`,
    { event: "database-available", durationMs, failedRequests },
  );
  notify((listener) => listener.recovered?.({ durationMs, failedRequests }));
}

/**
 * Node.js's error for a request whose client went away mid-body ("aborted", code ECONNRESET): its
 * code looks like a lost database connection, but it is the client's; never counted as an outage.
 */
export function isClientAbort(error: unknown): boolean {
  return (
    error instanceof Error &&
    error.message === "aborted" &&
    (error as { code?: unknown }).code === "ECONNRESET"
  );
}

/** Whether an outage has been reported and not yet its recovery. */
export function isDatabaseOutageOngoing(): boolean {
  return state.current !== null;
}

/** Calls `listener` at the start and end of every outage; returns the way to stop. */
export function onDatabaseOutage(listener: OutageListener): () => void {
  state.listeners.add(listener);
  return () => state.listeners.delete(listener);
}

function notify(call: (listener: OutageListener) => void) {
  for (const listener of state.listeners) {
    try {
      call(listener);
    } catch (error) {
      log.error("An outage listener failed", error);
    }
  }
}

/** The gist of the first failure, on one line: its code or the first line of its message. */
function reasonOf(error: unknown): string {
  if (error === undefined) return "no details";
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && /^E[A-Z]+$|^P\d{4}$|^57P0\d$/.test(code)) {
      return `${code}: ${firstLine(current.message)}`;
    }
    current = current.cause;
  }
  if (error instanceof Error) return firstLine(error.message);
  // Prisma's printed "prisma:error \nInvalid … invocation:\n\nConnection terminated…": the cause
  // is its last line.
  const lines = String(error)
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  return firstLine(lines.at(-1) ?? "");
}

function firstLine(text: string): string {
  const line = text.trim().split("\n")[0] ?? "";
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}
