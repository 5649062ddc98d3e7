import { format } from "node:util";
import { isDatabaseUnavailable } from "@/lib/postgres/unavailable";
import { formatRecord, isJsonLogging } from "./log";
import type { LogLevel } from "./log-format";
import { isClientAbort, reportDatabaseUnavailable } from "./outage-log";
import { currentRequestId } from "./request-id";

/**
 * Wraps the console of the server process, for what Next.js and Prisma print themselves:
 *
 *   - an error that means "database unreachable" is counted by the outage log (one line per
 *     outage, lib/logging/outage-log.ts) instead of printed with its stack, once per request, by
 *     Next.js and again by Prisma ("prisma:error …");
 *   - in production, an error that onRequestError logs (lib/logging/request-error-log.ts, with the
 *     request's id and digest: every error Next.js gives a digest, and route handlers' errors,
 *     which it marks) is not printed again by Next.js, and Prisma's "prisma:error" line is dropped:
 *     Prisma throws the same error to its caller, which either handles it on purpose or lets it
 *     reach onRequestError. One failing request, one line;
 *   - in production every other line becomes a JSON line like Vigil's own (lib/logging/log.ts), so
 *     that the whole log is one format; in development it is printed as it was.
 *
 * No "server-only": the web server (plain Node.js) installs it before Next.js starts.
 */

const LOGGED = Symbol.for("vigil.logged-error");
const INSTALLED = Symbol.for("vigil.console-filter");

type ConsoleMethod = "log" | "info" | "warn" | "error";
const LEVELS: Record<ConsoleMethod, LogLevel> = {
  log: "info",
  info: "info",
  warn: "warn",
  error: "error",
};

/** Marks an error as logged in full, so that a later console print of it is dropped. */
export function markErrorLogged(error: unknown): void {
  if (typeof error === "object" && error !== null) {
    Object.defineProperty(error, LOGGED, { value: true, enumerable: false, configurable: true });
  }
}

function wasLogged(value: unknown): boolean {
  return typeof value === "object" && value !== null && LOGGED in value;
}

const ANSI = /\u001b\[[0-9;]*m/g;

export interface ConsoleDecision {
  /** "drop": counted or already logged; "print": written (as JSON in production). */
  action: "drop" | "print";
  error?: unknown;
}

/** What to do with one console call (pure apart from counting an outage). */
export function decideConsoleCall(args: unknown[], json = false): ConsoleDecision {
  const error = args.find((arg) => arg instanceof Error);
  if (error !== undefined && wasLogged(error)) return { action: "drop" };
  if (json && typeof (error as { digest?: unknown } | undefined)?.digest === "string") {
    return { action: "drop" };
  }
  if (error !== undefined && isDatabaseUnavailable(error) && !isClientAbort(error)) {
    reportDatabaseUnavailable(error);
    return { action: "drop" };
  }
  // Prisma's own "prisma:error <message>" line of the same failure: a string, no error object.
  const first = typeof args[0] === "string" ? args[0].replace(ANSI, "") : "";
  if (error === undefined && first.startsWith("prisma:error")) {
    const text = args.map((arg) => String(arg)).join(" ");
    if (isDatabaseUnavailable(text)) {
      reportDatabaseUnavailable(text);
      return { action: "drop" };
    }
    if (json) return { action: "drop" };
  }
  return { action: "print", error };
}

/** The console call as one JSON line (production). */
export function consoleCallAsJson(method: ConsoleMethod, args: unknown[], error?: unknown): string {
  const rest = args.filter((arg) => arg !== error);
  // Next.js prefixes its lines with a coloured marker ("⨯", "⚠", "✓"); the level says it.
  const msg = format(...rest)
    .replace(ANSI, "")
    .replace(/^\s*[⨯⚠✓○▲]\s*/u, "")
    .trim();
  return formatRecord({
    time: new Date(),
    level: LEVELS[method],
    msg: msg || (error instanceof Error ? error.message : ""),
    requestId: currentRequestId(),
    error,
  });
}

/** Installs the filter once per process (see the top of this file). */
export function installConsoleFilter(): void {
  const scope = globalThis as unknown as Record<symbol, boolean>;
  if (scope[INSTALLED]) return;
  scope[INSTALLED] = true;
  const json = isJsonLogging();
  for (const method of Object.keys(LEVELS) as ConsoleMethod[]) {
    const original = console[method].bind(console);
    console[method] = (...args: unknown[]) => {
      const decision = decideConsoleCall(args, json);
      if (decision.action === "drop") return;
      if (!json) return original(...args);
      const stream = LEVELS[method] === "info" ? process.stdout : process.stderr;
      stream.write(`${consoleCallAsJson(method, args, decision.error)}\n`);
    };
  }
}
