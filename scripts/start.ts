/**
 * Starts Vigil: the database (embedded PostgreSQL unless DATABASE_URL is set), pending
 * migrations, demo content on an empty database, then the Next.js server.
 *
 *   tsx scripts/start.ts            production build, then serve it (npm run demo)
 *   tsx scripts/start.ts --dev      development server with hot reload (npm run dev)
 *   tsx scripts/start.ts --test     like the default, on a throw-away database (end-to-end tests)
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
 * Ctrl-C stops the web server, then the mail server and PostgreSQL, cleanly.
 */
import type { ChildProcess } from "node:child_process";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { setUpDemoAdministrator } from "@/lib/auth/demo-admin";
import { env } from "@/lib/env";
import { startDevSmtpServer, type DevSmtpServer } from "@/lib/mail/dev-smtp-server";
import { EmbeddedPostgresError } from "@/lib/postgres/embedded";
import { openAppDatabase, openThrowawayDatabase, type OpenDatabase } from "@/lib/postgres/database";
import { migrateAndSeedIfEmpty } from "@/lib/postgres/setup";
import { exitCodeOf, runNext, runWebServer, waitUntilHealthy } from "./lib/next-process";

const { values: options } = parseArgs({
  options: {
    dev: { type: "boolean", default: false },
    test: { type: "boolean", default: false },
    port: { type: "string" },
    "no-build": { type: "boolean", default: false },
  },
});

const port = options.port ? Number.parseInt(options.port, 10) : env.PORT;

/** The origin of every link the app makes (lib/security/public-origin.ts). */
const siteEnv: Record<string, string> = {
  VIGIL_PUBLIC_URL: env.VIGIL_PUBLIC_URL ?? `http://localhost:${port}`,
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
let server: ChildProcess | undefined;
let mailServer: DevSmtpServer | undefined;
let stopping = false;

async function shutDown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    if (server && server.exitCode === null) {
      say("Stopping the web server…");
      server.kill("SIGTERM");
      const timer = setTimeout(() => server?.kill("SIGKILL"), 10_000);
      await exitCodeOf(server);
      clearTimeout(timer);
    }
    if (mailServer) {
      say("Stopping the mail server…");
      await mailServer.close();
    }
    if (database) {
      say("Stopping the database…");
      await database.close();
    }
  }
  process.exit(code);
}

process.on("SIGINT", () => void shutDown(0));
process.on("SIGTERM", () => void shutDown(0));

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
  const demoAdministrator = await setUpDemoAdministrator(database.url, { test: options.test });

  if (!options.dev && !options["no-build"]) {
    say("Building the site (next build)…");
    const buildCode = await exitCodeOf(
      runNext(["build"], { databaseUrl: database.url, env: siteEnv }),
    );
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

  server = runWebServer({ dev: options.dev, port, databaseUrl: database.url, env: serverEnv });
  server.once("exit", (code) => {
    if (!stopping) void shutDown(code ?? 1);
  });

  const siteUrl = `http://localhost:${port}`;
  if (await waitUntilHealthy(`${siteUrl}/api/health`, server)) {
    say(`Vigil is running at ${siteUrl}  (Ctrl-C to stop)`);
    if (demoAdministrator) {
      say(`Demo administrator: ${demoAdministrator.email} / ${demoAdministrator.password}`);
    }
  }
}

main().catch(async (error: unknown) => {
  if (error instanceof EmbeddedPostgresError) {
    console.error(`[vigil] ${error.message}`);
  } else {
    console.error("[vigil] Start-up failed:", error);
  }
  await shutDown(1);
});
