import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { cp, readFile, rm } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { e2ePort } from "./port";

/**
 * The production log, read from a second web server on the end-to-end build: every answer has a
 * request id (X-Request-Id) that the client cannot choose, and a request that fails writes exactly
 * one JSON line holding that id, the digest the error page shows as "Error reference" and the
 * stack. The failure is real: the second server migrates its own new database at start, then the
 * test drops the table of staff sessions from it, so the dashboard fails with "relation does not
 * exist", not an outage (which is counted, not logged).
 * It serves a copy of the build, because a build served on another database drops its cached
 * pages (lib/cache/), which must not happen to the running end-to-end server's folder.
 */

test.describe.configure({ mode: "serial" });

const port = e2ePort + 7;
const origin = `http://localhost:${port}`;
// Beside the original: the build links its server packages with relative paths (node_modules/).
const buildCopy = `.next-request-log-${port}`;
const databaseName = `vigil_request_log_${randomUUID().replaceAll("-", "").slice(0, 12)}`;

let server: ChildProcess | undefined;
let adminUrl = "";
const output: string[] = [];

async function adminQuery(sql: string, connectionString = adminUrl) {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function waitForHealth(): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server?.exitCode !== null) throw new Error(`server exited:\n${output.join("\n")}`);
    try {
      if ((await fetch(`${origin}/api/health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`server not healthy within 60 s:\n${output.join("\n")}`);
}

function jsonLines(): Record<string, unknown>[] {
  return output
    .filter((line) => line.trim() !== "")
    .map((line) => {
      try {
        return JSON.parse(line) as Record<string, unknown>;
      } catch {
        throw new Error(`not a JSON log line: ${line}`);
      }
    });
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  adminUrl = (await readFile(`.data/e2e-database-url-${e2ePort}`, "utf8")).trim();
  await adminQuery(`CREATE DATABASE ${databaseName}`);
  const distDir = process.env.VIGIL_DIST_DIR ?? ".next-e2e";
  await rm(buildCopy, { recursive: true, force: true });
  await cp(distDir, buildCopy, { recursive: true, verbatimSymlinks: true });
  const databaseUrl = new URL(adminUrl);
  databaseUrl.pathname = `/${databaseName}`;
  server = spawn(
    process.execPath,
    ["--import", "tsx", "scripts/serve.ts", "--port", String(port)],
    {
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl.toString(),
        VIGIL_DIST_DIR: buildCopy,
        VIGIL_PUBLIC_URL: `http://localhost:${e2ePort}`,
        VIGIL_SMTP_URL: "smtp://127.0.0.1:9",
        NEXT_TELEMETRY_DISABLED: "1",
      },
    },
  );
  for (const stream of [server.stdout!, server.stderr!]) {
    let pending = "";
    stream.setEncoding("utf8");
    stream.on("data", (chunk: string) => {
      const parts = (pending + chunk).split("\n");
      pending = parts.pop() ?? "";
      output.push(...parts);
    });
  }
  await waitForHealth();
  // npm start has migrated the database; the failure the log must show comes from what it lacks.
  await adminQuery(`DROP TABLE "StaffSession" CASCADE`, databaseUrl.toString());
});

test.afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server!.once("exit", resolve));
    server.kill("SIGTERM");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    if (server.exitCode === null) server.kill("SIGKILL");
  }
  await rm(buildCopy, { recursive: true, force: true });
  if (adminUrl) await adminQuery(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
});

test("every answer carries a request id of its own, never one the client sent", async () => {
  const first = await fetch(`${origin}/api/health`, {
    headers: { "X-Request-Id": "chosen-by-the-client" },
  });
  const second = await fetch(`${origin}/api/health`);

  const ids = [first.headers.get("x-request-id"), second.headers.get("x-request-id")];
  for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
  expect(ids[0]).not.toBe("chosen-by-the-client");
  expect(ids[0]).not.toBe(ids[1]);
});

test("a failing request writes one JSON line with its request id, the error reference and the stack", async () => {
  output.length = 0;
  const response = await fetch(`${origin}/en/dashboard`, {
    headers: { cookie: await forgedSessionCookie() },
  });
  const page = await response.text();
  // Let the server finish writing.
  await new Promise((resolve) => setTimeout(resolve, 1_000));

  expect(response.status).toBe(500);
  const requestId = response.headers.get("x-request-id");
  const digest = /\\"digest\\":\\"(\d+)\\"/.exec(page)?.[1];
  expect(digest, "the page carries the error's digest").toBeDefined();
  const lines = jsonLines();
  // Other lines may come meanwhile (the mail worker finds no outbox table here): none with this id.
  const errorLines = lines.filter((line) => line.requestId === requestId && line.level === "error");
  expect(errorLines).toHaveLength(1);
  expect(errorLines[0]).toMatchObject({
    msg: "GET /en/dashboard failed",
    requestId,
    error: { digest, stack: expect.stringContaining("relation") },
  });
  expect(lines.filter((line) => JSON.stringify(line).includes(digest!))).toHaveLength(1);
  expect(lines.every((line) => typeof line.time === "string" && line.msg !== undefined)).toBe(true);
});

/** A well-formed staff session cookie: reading its session from the database is what fails. */
async function forgedSessionCookie(): Promise<string> {
  const { encode } = await import("next-auth/jwt");
  const { SESSION_COOKIE_NAMES, sessionSecret } = await import("@/lib/auth/session-token");
  const name = SESSION_COOKIE_NAMES[1]!;
  const uid = randomUUID();
  const token = await encode({
    token: { uid, sid: randomUUID(), sub: uid },
    secret: sessionSecret(),
    salt: name,
  });
  return `${name}=${token}`;
}
