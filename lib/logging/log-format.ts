/**
 * How a log line looks. Production writes one JSON object per line (time, level, msg, requestId,
 * and for an error its name, message, digest and stack), for a log collector to index; development
 * writes readable lines. Pure functions, so that the shape is tested (tests/unit/log-format.test.ts).
 *
 * No "server-only": the web server (plain Node.js) imports this module too.
 */

export type LogLevel = "info" | "warn" | "error";

export interface LogRecord {
  time: Date;
  level: LogLevel;
  msg: string;
  requestId?: string;
  error?: unknown;
  /** Further facts of the event (a status, a path, a count); never personal data. */
  fields?: Record<string, unknown>;
}

export interface SerialisedError {
  name: string;
  message: string;
  /** Next.js's hash of a server error, shown to the user as "Error reference". */
  digest?: string;
  code?: string;
  stack?: string;
  cause?: SerialisedError;
}

/** The parts of an error a log line keeps (its cause chain to a few levels). */
export function serialiseError(error: unknown, depth = 0): SerialisedError {
  if (!(error instanceof Error)) {
    return { name: typeof error, message: String(error) };
  }
  const record = error as Error & { digest?: unknown; code?: unknown };
  const serialised: SerialisedError = { name: record.name, message: record.message };
  if (typeof record.digest === "string") serialised.digest = record.digest;
  if (typeof record.code === "string") serialised.code = record.code;
  if (record.stack) serialised.stack = record.stack;
  if (record.cause !== undefined && depth < 3) {
    serialised.cause = serialiseError(record.cause, depth + 1);
  }
  return serialised;
}

/** One JSON object, one line (JSON.stringify escapes the newlines of a stack). */
export function formatJsonLine(record: LogRecord): string {
  const line: Record<string, unknown> = {
    time: record.time.toISOString(),
    level: record.level,
    msg: record.msg,
  };
  if (record.requestId) line.requestId = record.requestId;
  if (record.error !== undefined) line.error = serialiseError(record.error);
  for (const [key, value] of Object.entries(record.fields ?? {})) {
    if (!(key in line)) line[key] = value;
  }
  return JSON.stringify(line, jsonSafe);
}

/** BigInts and cycles would make JSON.stringify throw, and a log line must never throw. */
function jsonSafe(this: unknown, _key: string, value: unknown): unknown {
  return typeof value === "bigint" ? value.toString() : value;
}

/**
 * A readable line for development: "[vigil] msg (request …, reference …)", then the stack of an
 * error on the following lines.
 */
export function formatHumanLine(record: LogRecord): string {
  const notes: string[] = [];
  if (record.requestId) notes.push(`request ${record.requestId}`);
  const error = record.error === undefined ? undefined : serialiseError(record.error);
  if (error?.digest) notes.push(`reference ${error.digest}`);
  // The extra fields are for machines (the message says the same in words): not repeated here.
  const level = record.level === "info" ? "" : `${record.level.toUpperCase()} `;
  const head = `[vigil] ${level}${record.msg}${notes.length ? ` (${notes.join(", ")})` : ""}`;
  if (!error) return head;
  return `${head}\n${error.stack ?? `${error.name}: ${error.message}`}`;
}
