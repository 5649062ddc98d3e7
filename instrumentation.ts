/**
 * Next.js start-up hook: runs once when a server process starts. It starts the mail outbox
 * worker in the Node.js server (not in the edge runtime, and not while `next build` prerenders
 * pages, which loads this hook too).
 */
export async function register(): Promise<void> {
  // Read here, not through lib/env.ts: Next.js replaces this exact expression at build time, which
  // keeps the Node.js-only import below out of the edge bundle.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("@/lib/env");
  if (env.NEXT_PHASE === "phase-production-build") return;
  const { startOutboxWorker } = await import("@/lib/mail/outbox-worker");
  startOutboxWorker();
}
