/**
 * Next.js start-up hook: runs once when a server process starts. In the Node.js server (not in
 * the edge runtime, and not while `next build` prerenders pages, which loads this hook too) it
 * makes large page bodies go out as bytes (lib/server/string-bodies.ts) and starts the mail
 * outbox worker.
 */
export async function register(): Promise<void> {
  // Read here, not through lib/env.ts: Next.js replaces this exact expression at build time, which
  // keeps the Node.js-only import below out of the edge bundle.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("@/lib/env");
  if (env.NEXT_PHASE === "phase-production-build") return;
  const { sendLargeStringBodiesAsBytes } = await import("@/lib/server/string-bodies");
  sendLargeStringBodiesAsBytes();
  const { startOutboxWorker } = await import("@/lib/mail/outbox-worker");
  startOutboxWorker();
}
