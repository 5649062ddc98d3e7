import type { Instrumentation } from "next";

/**
 * Next.js start-up hook: runs once when a server process starts. In the Node.js server (not in
 * the edge runtime, and not while `next build` prerenders pages, which loads this hook too) it
 * starts the mail outbox worker and the job worker (lib/jobs), and watches for the database's return during an outage (lib/logging/outage-probe.ts).
 */
export async function register(): Promise<void> {
  // Read here, not through lib/env.ts: Next.js replaces this exact expression at build time, which
  // keeps the Node.js-only import below out of the edge bundle.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("@/lib/env");
  if (env.NEXT_PHASE === "phase-production-build") return;
  const { startOutboxWorker } = await import("@/lib/mail/outbox-worker");
  startOutboxWorker();
  // Scheduled and background jobs (lib/jobs), unless VIGIL_JOBS=off; it never throws.
  const { startJobWorker } = await import("@/lib/jobs/server-worker");
  void startJobWorker();
  // Also installed by Vigil's web server before Next.js starts; once per process either way.
  const { installConsoleFilter } = await import("@/lib/logging/console-filter");
  installConsoleFilter();
  const { startOutageRecoveryProbe } = await import("@/lib/logging/outage-probe");
  startOutageRecoveryProbe();
}

/**
 * A request failed on the server (a page, a route handler, a server action): one log line with
 * its request id and the error's digest, or a count of a database outage
 * (lib/logging/request-error-log.ts).
 */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logRequestError } = await import("@/lib/logging/request-error-log");
  logRequestError(error, request, context);
};
