import { env } from "@/lib/env";
import { formatHumanLine, formatJsonLine, type LogLevel, type LogRecord } from "./log-format";
import { currentRequestId } from "./request-id";

/**
 * The server's log: JSON lines in production, readable lines in development (lib/logging/log-format.ts),
 * each with the id of the request it belongs to (lib/logging/request-id.ts). Written straight to
 * stdout/stderr, not through `console`, which lib/logging/console-filter.ts wraps.
 *
 * No "server-only": the web server (plain Node.js) imports this module too.
 */

type Fields = Record<string, unknown>;

/** Production (and `next start`-like) servers write JSON; development and tests, readable text. */
export function isJsonLogging(): boolean {
  return env.NODE_ENV === "production";
}

export function formatRecord(record: LogRecord): string {
  return isJsonLogging() ? formatJsonLine(record) : formatHumanLine(record);
}

function write(level: LogLevel, msg: string, error: unknown, fields: Fields | undefined) {
  const record: LogRecord = { time: new Date(), level, msg, requestId: currentRequestId() };
  if (error !== undefined) record.error = error;
  if (fields) record.fields = fields;
  const stream = level === "info" ? process.stdout : process.stderr;
  stream.write(`${formatRecord(record)}\n`);
}

export const log = {
  info(msg: string, fields?: Fields): void {
    write("info", msg, undefined, fields);
  },
  warn(msg: string, fields?: Fields): void {
    write("warn", msg, undefined, fields);
  },
  error(msg: string, error?: unknown, fields?: Fields): void {
    write("error", msg, error, fields);
  },
};
