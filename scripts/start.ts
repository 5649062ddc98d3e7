/**
 * Starts Vigil: the database (embedded PostgreSQL unless DATABASE_URL is set), pending
 * migrations, demo content on an empty database, then the Next.js server.
 *
 *   tsx scripts/start.ts            production build, then serve it (npm run demo)
 *   tsx scripts/start.ts --dev      development server with hot reload (npm run dev)
 *   tsx scripts/start.ts --test     like the default, on a throw-away database (end-to-end tests),
 *                                   built into .next-e2e (or VIGIL_DIST_DIR)
 *   --port N                        web port (default: PORT or 3000)
 *   --no-build                      reuse the existing production build
 *
 * Unless VIGIL_SMTP_URL is set, a local SMTP server receives the app's mail and keeps it as .eml
 * files in VIGIL_MAIL_DIR (.data/mail), or in .data/e2e-mail-<port> with --test.
 *
 * The site is served by Vigil's web server (scripts/serve.ts), which takes client addresses from
 * the socket. Unless VIGIL_PUBLIC_URL is set, it is this server's address (http://localhost:N),
 * for the build (prerendered pages keep it) and the server alike.
 *
 * Ctrl-C (or SIGTERM, SIGHUP) drains the web server, then stops the mail server and, last,
 * PostgreSQL: it runs in a process group of its own (lib/postgres/embedded.ts), so the terminal's
 * Ctrl-C reaches only this launcher and the web server, which still use it while they drain.
 *
 * The web server is supervised (scripts/lib/supervisor.ts), in every mode: when it dies, the
 * launcher says why (exit code or signal) and starts it again, up to 3 times within 5 minutes;
 * past that it stops the mail server and PostgreSQL and exits non-zero.
 */
import type { ChildProcess } from "node:child_process";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { setUpDemoAdministrator } from "@/lib/auth/demo-admin";
import { env } from "@/lib/env";
import { startDevSmtpServer, type DevSmtpServer } from "@/lib/mail/dev-smtp-server";
import { DRAIN_BOUND_MS } from "@/lib/lifecycle/shutdown";
import { EmbeddedPostgresError, leaveServerStopsToLauncher } from "@/lib/postgres/embedded";
import { DatabaseNewerThanCodeError } from "@/lib/postgres/migrate";
import { openAppDatabase, openThrowawayDatabase, type OpenDatabase } from "@/lib/postgres/database";
import { migrateAndSeedIfEmpty } from "@/lib/postgres/setup";
import { buildForCluster } from "./lib/cluster-build";
import { buildFirstDataset } from "./lib/first-dataset";
import { exitCodeOf, hasExited, runWebServer, waitUntilHealthy } from "./lib/next-process";
import { stopWithin } from "./lib/stop-within";
import { superviseWebServer, type Supervisor } from "./lib/supervisor";

const { values: options } = parseArgs({
  options: {
    dev: { type: "boolean", default: false },
    test: { type: "boolean", default: false },
    port: { type: "string" },
    "no-build": { type: "boolean", default: false },
  },
});

const port = options.port ? Number.parseInt(options.port, 10) : env.PORT;

/**
 * The build folder: the end-to-end server never shares one (nor its cached pages and data) with
 * the demo's `.next`, and both the build and the server are told.
 */
const DIST_DIR = env.VIGIL_DIST_DIR ?? (options.test ? ".next-e2e" : ".next");

/** The origin of every link the app makes (lib/security/public-origin.ts), and the build folder. */
const siteEnv: Record<string, string> = {
  VIGIL_PUBLIC_URL: env.VIGIL_PUBLIC_URL ?? `http://localhost:${port}`,
  VIGIL_DIST_DIR: DIST_DIR,
};

/**
 * Where `--test` leaves the throw-away database's URL for the end-to-end tests; per port, so that
 * two end-to-end runs on different ports do not share a database.
 */
const E2E_DATABASE_URL_FILE = `.data/e2e-database-url-${port}`;

/** Where the local SMTP server keeps mail; per port with --test (read by tests/e2e/mailbox.ts). */
const MAIL_DIR = options.test ? `.data/e2e-mail-${port}` : env.VIGIL_MAIL_DIR;

function say(message: string) {
  console.log(`[vigil] ${message}`);
}

let database: OpenDatabase | undefined;
let supervisor: Supervisor | undefined;
let mailServer: DevSmtpServer | undefined;
let stopping = false;

async function shutDown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    supervisor?.stopSupervising();
    const server: ChildProcess | undefined = supervisor?.current;
    if (server && !hasExited(server)) {
      say("Stopping the web server…");
      server.kill("SIGTERM");
      // It drains (scripts/serve.ts): its grace, then at most DRAIN_BOUND_MS; a few seconds more.
      const drainMs = env.VIGIL_DRAIN_SECONDS * 1000 + DRAIN_BOUND_MS + 5_000;
      const timer = setTimeout(() => server.kill("SIGKILL"), drainMs);
      await exitCodeOf(server);
      clearTimeout(timer);
    }
    if (mailServer) {
      say("Stopping the mail server…");
      await stopWithin(15_000, "The mail server", () => mailServer!.close());
    }
    if (database) {
      say("Stopping the database…");
      await stopWithin(30_000, "The database", () => database!.close());
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
  database = options.test ? await openThrowawayDatabase("e2e") : await openAppDatabase();
  say(`Database: ${database.description}`);
  if (options.test) {
    // End-to-end tests add their own fixtures (a draft profile, a redacted field) to this database.
    await mkdir(path.dirname(E2E_DATABASE_URL_FILE), { recursive: true });
    await writeFile(E2E_DATABASE_URL_FILE, database.url);
  }

  const { seeded } = await migrateAndSeedIfEmpty(database.url);
  say(seeded ? "Empty database: demo content loaded." : "Database is up to date.");
  if (seeded && !(await buildFirstDataset(database.url))) say("The first dataset was not built.");
  const demoAdministrator = await setUpDemoAdministrator(database.url, { test: options.test });

  if (!options.dev && !options["no-build"]) {
    // `next build` reads the data cache it finds in the folder while prerendering: it must hold
    // this database's data or nothing (lib/cache/README.md); buildForCluster claims it first. It
    // also stamps the folder with the origin and sources, so that the fault suite reuses an
    // end-to-end build only while it is current (tests/faults/harness/e2e-build.ts).
    say(`Building the site into ${DIST_DIR} (next build)…`);
    const buildCode = await buildForCluster({
      distDir: DIST_DIR,
      databaseUrl: database.url,
      publicUrl: siteEnv.VIGIL_PUBLIC_URL!,
    });
    if (buildCode !== 0) {
      console.error("[vigil] The build failed; see the messages above.");
      return shutDown(buildCode);
    }
  }

  const serverEnv: Record<string, string> = { ...siteEnv };
  if (!env.VIGIL_SMTP_URL) {
    // Each end-to-end run starts with an empty mailbox.
    if (options.test) await rm(MAIL_DIR, { recursive: true, force: true });
    mailServer = await startDevSmtpServer({ dir: MAIL_DIR });
    serverEnv.VIGIL_SMTP_URL = mailServer.url;
    say(`Mail: local SMTP server at ${mailServer.url}, messages saved in ${MAIL_DIR}/`);
  }

  const siteUrl = `http://localhost:${port}`;
  const databaseUrl = database.url;
  supervisor = superviseWebServer({
    start: () => runWebServer({ dev: options.dev, port, databaseUrl, env: serverEnv }),
    waitUntilReady: (child) => waitUntilHealthy(`${siteUrl}/api/health`, child),
    say,
    giveUp: (exitCode) => void shutDown(exitCode),
  });

  if (await waitUntilHealthy(`${siteUrl}/api/health`, supervisor.current)) {
    say(`Vigil is running at ${siteUrl}  (Ctrl-C to stop)`);
    if (demoAdministrator) {
      say(`Demo administrator: ${demoAdministrator.email} / ${demoAdministrator.password}`);
    }
  }
}

main().catch(async (error: unknown) => {
  if (error instanceof EmbeddedPostgresError || error instanceof DatabaseNewerThanCodeError) {
    console.error(`[vigil] ${error.message}`);
  } else {
    console.error("[vigil] Start-up failed:", error);
  }
  await shutDown(1);
});
