/**
 * Serves Vigil: Next.js behind Vigil's web server (scripts/lib/web-server.ts), which decides each
 * request's client address and protocol from the socket and VIGIL_TRUSTED_PROXIES.
 *
 *   npm start                         the production build (run `npm run build` first)
 *   node --import tsx scripts/serve.ts [--dev] [--port N]
 *
 * Needs DATABASE_URL and, in production, VIGIL_PUBLIC_URL (lib/env.ts). scripts/start.ts and the
 * benches start it through scripts/lib/next-process.ts.
 *
 * Before serving it applies pending migrations under an advisory lock, so that instances started
 * together migrate once, and refuses (exit code 78) a database migrated by a newer version
 * (scripts/lib/migrate-on-start.ts).
 *
 * SIGTERM or Ctrl-C drains it: /api/ready answers 503 at once; requests are still accepted for
 * VIGIL_DRAIN_SECONDS (each answer closing its connection), then the port closes, requests in
 * flight and background work (mail sends in flight, jobs: lib/lifecycle/shutdown.ts) get
 * DRAIN_BOUND_MS to finish, and it exits 0; what was still running then is cut and logged.
 */
import { parseArgs } from "node:util";
import { captureRootAsyncContext } from "@/lib/lifecycle/root-async-context";

// Before anything serves: work that must outlive a request runs here (root-async-context.ts).
captureRootAsyncContext();

const { values: options } = parseArgs({
  options: { dev: { type: "boolean", default: false }, port: { type: "string" } },
});

// What `next start` and `next dev` do: the mode decides NODE_ENV, before anything reads it
// (lib/env.ts parses the environment when first imported, hence the dynamic imports below).
(process.env as Record<string, string>).NODE_ENV = options.dev ? "development" : "production";
// --port is PORT, so that the default public origin (http://localhost:$PORT) names this server.
if (options.port) process.env.PORT = options.port;

const { env, requireDatabaseUrl } = await import("@/lib/env").catch((error: unknown) => {
  // A missing or wrong setting (VIGIL_PUBLIC_URL in production, VIGIL_TRUSTED_PROXIES): the
  // message names it; a stack trace would only bury it.
  console.error(`[vigil] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
const { compileTrustedProxies } = await import("@/lib/security/client-address");
const { publicOrigin } = await import("@/lib/security/public-origin");
const { startWebServer } = await import("./lib/web-server");
const { log } = await import("@/lib/logging/log");
const { DRAIN_BOUND_MS, runShutdownHooks } = await import("@/lib/lifecycle/shutdown");
const { EXIT_DATABASE_NEWER, migrateOnStart } = await import("./lib/migrate-on-start");

/** Set once it serves: a stop before that has nothing to drain. */
let webServer: Awaited<ReturnType<typeof startWebServer>> | undefined = undefined;
let stopping = false;

/**
 * The graceful stop (see the top of this file). Later signals while it runs change nothing: it
 * is bounded anyway.
 */
async function stop(exitCode = 0) {
  if (stopping) return;
  stopping = true;
  if (!webServer) process.exit(exitCode);
  const graceMs = env.VIGIL_DRAIN_SECONDS * 1000;
  webServer.beginDraining();
  log.info(
    `Stopping: /api/ready answers 503; closing the port in ${env.VIGIL_DRAIN_SECONDS} s, then finishing requests and background work (at most ${DRAIN_BOUND_MS / 1000} s).`,
  );
  await new Promise((resolve) => setTimeout(resolve, graceMs));
  const deadline = Date.now() + DRAIN_BOUND_MS;
  const [{ cut }, background] = await Promise.all([
    webServer.close(deadline),
    runShutdownHooks(deadline),
  ]);
  for (const { name, reason } of background.failed) log.warn(`Stopping ${name} failed: ${reason}`);
  if (cut.length > 0 || background.unfinished.length > 0) {
    const what = [
      cut.length > 0 ? `${cut.length} request(s) in flight (${cut.join(", ")})` : "",
      background.unfinished.length > 0 ? `unfinished ${background.unfinished.join(", ")}` : "",
    ].filter(Boolean);
    log.warn(`Stopped after the ${DRAIN_BOUND_MS / 1000} s bound; cut ${what.join(" and ")}.`);
  } else {
    log.info("Stopped: every request and background task finished.");
  }
  process.exit(exitCode);
}
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());

// Before anything is served: the schema this code needs, or a refusal when the database is newer.
await migrateOnStart({
  databaseUrl: requireDatabaseUrl(),
  say: (line) => console.log(`[vigil] ${line}`),
  refuse(message) {
    console.error(`[vigil] ${message}`);
    if (webServer) void stop(EXIT_DATABASE_NEWER);
    else process.exit(EXIT_DATABASE_NEWER);
  },
});

// The build folder's cached pages and data belong to one database: discarded here when they came
// from another (or from this one before a restore), watched while serving (lib/cache/README.md).
const { cacheRootOf, claimCacheForDatabase } = await import("@/lib/cache/cache-owner");
const cacheClaim = await claimCacheForDatabase({
  root: cacheRootOf(env.VIGIL_DIST_DIR ?? ".next", { dev: options.dev }),
  databaseUrl: requireDatabaseUrl(),
  forServer: true,
});
// With VIGIL_REDIS_URL the production server's cache is in Redis, under its database's namespace.
const { claimRedisCacheForServer } = await import("@/lib/cache/redis-cache-owner");
const redisCacheRecord = options.dev ? undefined : await claimRedisCacheForServer(cacheClaim);

webServer = await startWebServer({
  dev: options.dev,
  port: env.PORT,
  trust: compileTrustedProxies(env.VIGIL_TRUSTED_PROXIES),
});
const proxies = env.VIGIL_TRUSTED_PROXIES.join(", ") || "none";
console.log(
  `[vigil] Web server (${options.dev ? "development" : "production"}) on port ${env.PORT}, public origin ${publicOrigin()}, trusted proxies: ${proxies}`,
);

// Without Redis, the pages and data cached while serving stay on disk, within a budget.
if (!options.dev && !env.VIGIL_REDIS_URL) {
  const { keepCacheFoldersWithin } = await import("@/lib/cache/cache-folder-budget");
  keepCacheFoldersWithin(cacheClaim.root, env.VIGIL_CACHE_DISK_MB * 1_048_576, {
    log: (line) => console.log(line),
  });
}

const { EXIT_DATABASE_CHANGED, watchCacheOwner } = await import("@/lib/cache/watch-cache-owner");
watchCacheOwner(cacheClaim, {
  databaseUrl: requireDatabaseUrl(),
  alsoRecord: redisCacheRecord,
  onChange(reason) {
    console.error(
      `[vigil] The database changed under the running server: ${reason}. Stopping (exit code ${EXIT_DATABASE_CHANGED}) so that, started again, it serves nothing cached from before.`,
    );
    void stop(EXIT_DATABASE_CHANGED);
  },
});
