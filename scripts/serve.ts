/**
 * Serves Vigil: Next.js behind Vigil's web server (scripts/lib/web-server.ts), which decides each
 * request's client address and protocol from the socket and VIGIL_TRUSTED_PROXIES.
 *
 *   npm start                         the production build (run `npm run build` first)
 *   node --import tsx scripts/serve.ts [--dev] [--port N]
 *
 * Needs DATABASE_URL and, in production, VIGIL_PUBLIC_URL (lib/env.ts). scripts/start.ts and the
 * benches start it through scripts/lib/next-process.ts. SIGTERM or Ctrl-C stops it cleanly.
 */
import { parseArgs } from "node:util";

const { values: options } = parseArgs({
  options: { dev: { type: "boolean", default: false }, port: { type: "string" } },
});

// What `next start` and `next dev` do: the mode decides NODE_ENV, before anything reads it
// (lib/env.ts parses the environment when first imported, hence the dynamic imports below).
(process.env as Record<string, string>).NODE_ENV = options.dev ? "development" : "production";
// --port is PORT, so that the default public origin (http://localhost:$PORT) names this server.
if (options.port) process.env.PORT = options.port;

const { env } = await import("@/lib/env").catch((error: unknown) => {
  // A missing or wrong setting (VIGIL_PUBLIC_URL in production, VIGIL_TRUSTED_PROXIES): the
  // message names it; a stack trace would only bury it.
  console.error(`[vigil] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
const { compileTrustedProxies } = await import("@/lib/security/client-address");
const { publicOrigin } = await import("@/lib/security/public-origin");
const { startWebServer } = await import("./lib/web-server");

// The build folder's cached pages and data belong to one database: discarded here when they came
// from another (or from this one before a restore), watched while serving (lib/cache/README.md).
const { requireDatabaseUrl } = await import("@/lib/env");
const { cacheRootOf, claimCacheForDatabase } = await import("@/lib/cache/cache-owner");
const cacheClaim = await claimCacheForDatabase({
  root: cacheRootOf(env.VIGIL_DIST_DIR ?? ".next", { dev: options.dev }),
  databaseUrl: requireDatabaseUrl(),
});

const webServer = await startWebServer({
  dev: options.dev,
  port: env.PORT,
  trust: compileTrustedProxies(env.VIGIL_TRUSTED_PROXIES),
});
const proxies = env.VIGIL_TRUSTED_PROXIES.join(", ") || "none";
console.log(
  `[vigil] Web server (${options.dev ? "development" : "production"}) on port ${env.PORT}, public origin ${publicOrigin()}, trusted proxies: ${proxies}`,
);

let stopping = false;
async function stop(exitCode = 0) {
  if (stopping) return;
  stopping = true;
  await webServer.close();
  process.exit(exitCode);
}
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());

const { EXIT_DATABASE_CHANGED, watchCacheOwner } = await import("@/lib/cache/watch-cache-owner");
watchCacheOwner(cacheClaim, {
  databaseUrl: requireDatabaseUrl(),
  onChange(reason) {
    console.error(
      `[vigil] The database changed under the running server: ${reason}. Stopping (exit code ${EXIT_DATABASE_CHANGED}) so that, started again, it serves nothing cached from before.`,
    );
    void stop(EXIT_DATABASE_CHANGED);
  },
});
