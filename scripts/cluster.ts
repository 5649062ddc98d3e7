/**
 * Starts Vigil as a cluster on this machine: PostgreSQL (embedded, or DATABASE_URL), Redis (the
 * shared page cache), the migrations and demo content once, one build, several Vigil instances
 * sharing all of it, and Debian's nginx in front with the project's configuration
 * (deploy/nginx.conf). `npm run cluster`.
 *
 *   --port N         nginx's port, the address to open (default 8080)
 *   --instances N    Vigil instances (default 2), on the ports after nginx's (8081, 8082 …)
 *   --no-build       reuse the build in .next-cluster (VIGIL_DIST_DIR)
 *
 * Redis is Debian's redis-server on a free port with a throw-away folder, unless VIGIL_REDIS_URL
 * is set. Media files live in PostgreSQL (VIGIL_MEDIA_STORAGE=postgres), so that every instance
 * serves every upload. The instances trust nginx (127.0.0.1) for the client's address, and each is
 * supervised (restarted when it dies, as by `npm run demo`). Ctrl-C (or SIGTERM, SIGHUP) stops
 * nginx, drains the instances, then stops the mail server, Redis and, last, PostgreSQL (Redis and
 * PostgreSQL run in process groups of their own: the terminal's Ctrl-C does not reach them).
 */
import { parseArgs } from "node:util";
import { setUpDemoAdministrator } from "@/lib/auth/demo-admin";
import { env } from "@/lib/env";
import { startDevSmtpServer, type DevSmtpServer } from "@/lib/mail/dev-smtp-server";
import { EmbeddedPostgresError, leaveServerStopsToLauncher } from "@/lib/postgres/embedded";
import { openAppDatabase, type OpenDatabase } from "@/lib/postgres/database";
import { migrateAndSeedIfEmpty } from "@/lib/postgres/setup";
import { findFreePort } from "@/lib/net/ports";
import { buildForCluster, CLUSTER_DIST_DIR, staleClusterBuild } from "./lib/cluster-build";
import { exitCodeOf, hasExited, runWebServer, waitUntilHealthy } from "./lib/next-process";
import { startNginx, type RunningNginx } from "./lib/nginx-proxy";
import { startRedis, type RunningRedis } from "./lib/redis-server";
import { stopWithin } from "./lib/stop-within";
import { superviseWebServer, type Supervisor } from "./lib/supervisor";

const { values: options } = parseArgs({
  options: {
    port: { type: "string", default: "8080" },
    instances: { type: "string", default: "2" },
    "no-build": { type: "boolean", default: false },
  },
});

const port = Number.parseInt(options.port, 10);
const instanceCount = Number.parseInt(options.instances, 10);
if (!(port > 0 && port < 65535) || !(instanceCount >= 1 && instanceCount <= 8)) {
  console.error("[cluster] --port must be a port number and --instances between 1 and 8.");
  process.exit(2);
}
const instancePorts = Array.from({ length: instanceCount }, (_, index) => port + 1 + index);
const DIST_DIR = env.VIGIL_DIST_DIR ?? CLUSTER_DIST_DIR;
/** Every link the app makes and every form's Origin: nginx's address, never an instance's. */
const PUBLIC_URL = env.VIGIL_PUBLIC_URL ?? `http://localhost:${port}`;

function say(message: string) {
  console.log(`[cluster] ${message}`);
}

let database: OpenDatabase | undefined;
let redis: RunningRedis | undefined;
let mailServer: DevSmtpServer | undefined;
let nginx: RunningNginx | undefined;
const supervisors: Supervisor[] = [];
let stopping = false;

async function stopInstance(supervisor: Supervisor): Promise<void> {
  supervisor.stopSupervising();
  const server = supervisor.current;
  if (hasExited(server)) return;
  // SIGTERM: the instance drains its requests and jobs (bounded) before it exits.
  server.kill("SIGTERM");
  const timer = setTimeout(() => server.kill("SIGKILL"), 30_000);
  await exitCodeOf(server);
  clearTimeout(timer);
}

async function shutDown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    // Front to back: nothing new reaches an instance that is stopping.
    if (nginx) await stopWithin(15_000, "nginx", nginx.stop, "[cluster]");
    if (supervisors.length > 0) say("Stopping the instances…");
    await Promise.all(supervisors.map((supervisor) => stopInstance(supervisor)));
    if (mailServer)
      await stopWithin(15_000, "The mail server", () => mailServer!.close(), "[cluster]");
    if (redis) await stopWithin(15_000, "Redis", redis.stop, "[cluster]");
    if (database) {
      say("Stopping the database…");
      await stopWithin(30_000, "The database", () => database!.close(), "[cluster]");
    }
  }
  process.exit(code);
}

// PostgreSQL stops last, in shutDown, once the web servers have drained: neither Ctrl-C (which
// signals the whole process group) nor a signal to this process stops it earlier.
leaveServerStopsToLauncher();
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => void shutDown(0));
}

async function main() {
  database = await openAppDatabase();
  say(`Database: ${database.description}`);
  // Once, before any instance starts (the instances would also take the migration lock).
  const { seeded } = await migrateAndSeedIfEmpty(database.url);
  say(seeded ? "Empty database: demo content loaded." : "Database is up to date.");
  const demoAdministrator = await setUpDemoAdministrator(database.url, { test: false });

  if (options["no-build"]) {
    const stale = await staleClusterBuild(DIST_DIR, PUBLIC_URL);
    if (stale) say(`Warning: --no-build, but ${stale}; run without --no-build to rebuild.`);
  } else {
    say(`Building the site into ${DIST_DIR} for ${PUBLIC_URL} (next build)…`);
    const code = await buildForCluster({
      distDir: DIST_DIR,
      databaseUrl: database.url,
      publicUrl: PUBLIC_URL,
    });
    if (code !== 0) {
      console.error("[cluster] The build failed; see the messages above.");
      return shutDown(code);
    }
  }

  const redisUrl = env.VIGIL_REDIS_URL ?? (redis = await startRedis(await findFreePort())).url;
  say(`Redis: ${redisUrl}${redis ? " (redis-server, nothing kept on disk)" : ""}`);

  const instanceEnv: Record<string, string> = {
    VIGIL_DIST_DIR: DIST_DIR,
    VIGIL_PUBLIC_URL: PUBLIC_URL,
    VIGIL_TRUSTED_PROXIES: "127.0.0.1",
    VIGIL_REDIS_URL: redisUrl,
    VIGIL_MEDIA_STORAGE: "postgres",
  };
  if (!env.VIGIL_SMTP_URL) {
    mailServer = await startDevSmtpServer({ dir: env.VIGIL_MAIL_DIR });
    instanceEnv.VIGIL_SMTP_URL = mailServer.url;
    say(`Mail: local SMTP server at ${mailServer.url}, messages saved in ${env.VIGIL_MAIL_DIR}/`);
  }

  const databaseUrl = database.url;
  for (const instancePort of instancePorts) {
    const readyUrl = `http://127.0.0.1:${instancePort}/api/ready`;
    const name = `Instance on port ${instancePort}`;
    supervisors.push(
      superviseWebServer({
        start: () => runWebServer({ port: instancePort, databaseUrl, env: instanceEnv }),
        waitUntilReady: (child) => waitUntilHealthy(readyUrl, child),
        say: (message) => say(`${name}: ${message}`),
        giveUp: (exitCode) => void shutDown(exitCode),
      }),
    );
  }
  const allReady = await Promise.all(
    supervisors.map((supervisor, index) =>
      waitUntilHealthy(`http://127.0.0.1:${instancePorts[index]}/api/ready`, supervisor.current),
    ),
  );
  if (!allReady.every(Boolean)) {
    console.error("[cluster] An instance did not start; see the messages above.");
    return shutDown(1);
  }

  nginx = await startNginx({
    listen: String(port),
    upstreams: instancePorts.map((instancePort) => `127.0.0.1:${instancePort}`),
    distDir: DIST_DIR,
  });
  say(
    `Vigil is running at ${PUBLIC_URL}  (nginx on port ${port} in front of ${instanceCount} instances on ports ${instancePorts.join(", ")}; Ctrl-C to stop)`,
  );
  if (demoAdministrator) {
    say(`Demo administrator: ${demoAdministrator.email} / ${demoAdministrator.password}`);
  }
  nginx.process.once("exit", (code, signal) => {
    if (stopping) return;
    console.error(`[cluster] nginx stopped (${signal ?? `exit code ${code}`}); stopping the rest.`);
    void shutDown(1);
  });
}

main().catch(async (error: unknown) => {
  if (error instanceof EmbeddedPostgresError) console.error(`[cluster] ${error.message}`);
  else console.error("[cluster] Start-up failed:", error);
  await shutDown(1);
});
