import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { localized, publicRoutes } from "@/lib/routes";
import { startTestRedis, type TestRedis } from "../fixtures/redis";
import { runCommand } from "../fixtures/run-command";
import { openStoppableDatabase, type StoppableDatabase } from "../fixtures/stoppable-database";
import { sleep } from "./harness/deadline";
import { startFaultMailServer, type FaultMailServer } from "./harness/fault-mail-server";
import { countPublishedPrisoners, findPublishedPrisonerSlug } from "./harness/fault-queries";
import { createFaultWebServer, type FaultWebServer } from "./harness/fault-web-server";
import { FAULT_DATABASE } from "./harness/template-cluster";

/**
 * Two production servers on one build, one database and one Redis (VIGIL_REDIS_URL): the page
 * and data cache is shared, and a change made anywhere reaches both within 2 s. The change is
 * made as the dashboard makes it (the content store, then `revalidateContent`), in a process of
 * its own with the servers' settings (harness/edit-profile-elsewhere.ts): neither server hears of
 * it except through Redis, so a server that kept a copy of its own would fail here.
 */
const PORT_A = 3430;
const PORT_B = 3431;
const PORT_OTHER = 3432;
const REDIS_PORT = 6392;
/** The bound the issue sets for a change (or a redaction) to show on every instance. */
const PROPAGATION_BOUND_MS = 2_000;
const OTHER_DATABASE = "vigil_other";

const editScript = fileURLToPath(new URL("./harness/edit-profile-elsewhere.ts", import.meta.url));

let redis: TestRedis;
let database: StoppableDatabase;
let mail: FaultMailServer;
let serverA: FaultWebServer;
let serverB: FaultWebServer;
let slug: string;
const closers: (() => Promise<unknown>)[] = [];

function webServer(port: number, databaseUrl: string): FaultWebServer {
  const server = createFaultWebServer({
    port,
    databaseUrl,
    smtpUrl: mail.url,
    env: { VIGIL_REDIS_URL: redis.url },
  });
  closers.push(() => server.close());
  return server;
}

beforeAll(async () => {
  redis = await startTestRedis({ port: REDIS_PORT });
  closers.push(() => redis.close());
  database = await openStoppableDatabase({
    database: FAULT_DATABASE,
    templateDir: inject("faultsTemplateDir"),
  });
  closers.push(() => database.close());
  // The same content in another database (another oid), made before anything connects to it.
  const admin = new pg.Client({ connectionString: database.adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${OTHER_DATABASE} TEMPLATE ${FAULT_DATABASE}`);
  await admin.end();
  mail = await startFaultMailServer();
  closers.push(() => mail.close());
  serverA = webServer(PORT_A, database.url);
  serverB = webServer(PORT_B, database.url);
  await serverA.start();
  await serverB.start();
  slug = await findPublishedPrisonerSlug(database.url);
  // Each server renders a profile of its own once, so that the times below are a warm server's,
  // not the first load of the route's code.
  const others = await publishedSlugs(database.url, 2, 1);
  for (const [index, server] of [serverA, serverB].entries()) {
    expect((await get(server, localized("en", publicRoutes.prisoner(others[index]!)))).status).toBe(
      200,
    );
  }
}, 240_000);

async function publishedSlugs(
  databaseUrl: string,
  count: number,
  offset: number,
): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ slug: string }>(
      `SELECT slug FROM "Prisoner" WHERE state = 'PUBLISHED' ORDER BY slug LIMIT $1 OFFSET $2`,
      [count, offset],
    );
    return rows.map((row) => row.slug);
  } finally {
    await client.end();
  }
}

afterAll(async () => {
  for (const close of closers.reverse()) await close().catch(() => undefined);
});

async function get(server: FaultWebServer, path: string) {
  const started = performance.now();
  const response = await fetch(`${server.baseUrl}${path}`, {
    signal: AbortSignal.timeout(30_000),
  });
  const body = await response.text();
  return {
    status: response.status,
    cache: response.headers.get("x-nextjs-cache"),
    body,
    ms: performance.now() - started,
  };
}

const profilePath = () => localized("en", publicRoutes.prisoner(slug));

/** Runs harness/edit-profile-elsewhere.ts against the servers' database and Redis. */
async function editElsewhere(...args: string[]): Promise<void> {
  const edit = await runCommand(
    process.execPath,
    ["--import", "tsx", "--conditions=react-server", editScript, ...args],
    {
      timeoutMs: 60_000,
      env: { DATABASE_URL: database.url, VIGIL_REDIS_URL: redis.url, NODE_ENV: "test" },
    },
  );
  expect(edit.code, edit.output).toBe(0);
}

/**
 * How long until `server`'s page at `path` satisfies `check` (polling, one request at a time);
 * fails after 10 s. Logs each answer's cache state and time, which tell a slow render from a
 * stale copy.
 */
async function timeUntil(
  server: FaultWebServer,
  path: string,
  check: (body: string) => boolean,
): Promise<{ ms: number; answers: number }> {
  const started = performance.now();
  const answers: string[] = [];
  for (;;) {
    const page = await get(server, path);
    expect(page.status).toBe(200);
    answers.push(`${page.cache ?? "-"} ${Math.round(page.ms)} ms`);
    if (check(page.body)) {
      console.info(`[faults] ${server.baseUrl}${path}: ${answers.join(", ")}`);
      return { ms: performance.now() - started, answers: answers.length };
    }
    if (performance.now() - started > 10_000) {
      throw new Error(`${server.baseUrl}${path} did not change within 10 s: ${answers.join(", ")}`);
    }
    await sleep(50);
  }
}

/**
 * The change is on `server` for the first request made after it, and that answer came within
 * the bound: no instance answered from a copy made before the change.
 */
async function expectShownAtOnce(
  server: FaultWebServer,
  path: string,
  check: (body: string) => boolean,
): Promise<number> {
  const shown = await timeUntil(server, path, check);
  expect(shown.answers, "answers before the change showed").toBe(1);
  expect(shown.ms).toBeLessThan(PROPAGATION_BOUND_MS);
  return shown.ms;
}

/** The "Prisoners documented" figure of the home page's key figures (components/home). */
function documentedFigure(html: string): number | undefined {
  const match = /Prisoners documented<\/span>[\s\S]*?<dd[^>]*>([^<]+)<\/dd>/.exec(html);
  return match ? Number.parseInt(match[1]!.replace(/\D/g, ""), 10) : undefined;
}

describe("two servers sharing the cache in Redis", () => {
  it("serve a published profile from one cached copy", async () => {
    await get(serverA, profilePath());
    const again = await get(serverA, profilePath());
    const onB = await get(serverB, profilePath());

    expect(again.cache).toBe("HIT");
    // B never rendered it: its first answer is A's copy, from Redis.
    expect(onB.cache).toBe("HIT");
    expect(onB.body).toBe(again.body);
  });

  it("show an editor's change on both servers within 2 s", async () => {
    const marker = `Occupation-${Date.now()}`;
    await get(serverB, profilePath());

    await editElsewhere(slug, "occupation", marker);
    await expectShownAtOnce(serverB, profilePath(), (body) => body.includes(marker));
    await expectShownAtOnce(serverA, profilePath(), (body) => body.includes(marker));
  });

  it("never serve one database's cached pages to a server on another database", async () => {
    const onB = await get(serverB, profilePath());
    expect(onB.cache).toBe("HIT");
    const other = webServer(
      PORT_OTHER,
      database.url.replace(/\/[^/?]+(\?|$)/, `/${OTHER_DATABASE}$1`),
    );
    await other.start();
    try {
      const onOther = await get(other, profilePath());

      expect(onOther.status).toBe(200);
      // Its database has the profile as it was before the change above.
      expect(onOther.cache).not.toBe("HIT");
      expect(onOther.body).not.toBe(onB.body);
      expect(onOther.body).not.toMatch(/Occupation-\d+/);
    } finally {
      await other.close();
    }
  });

  it("take a redacted field off both servers within 2 s", async () => {
    const cached = await get(serverB, profilePath());
    const marker = /Occupation-\d+/.exec(cached.body)?.[0];
    expect(marker).toBeDefined();

    await editElsewhere(slug, "redact", "occupation");
    await expectShownAtOnce(serverB, profilePath(), (body) => !body.includes(marker!));
    await expectShownAtOnce(serverA, profilePath(), (body) => !body.includes(marker!));
  });

  it("update a page prerendered by the build (the home page's figures) on both servers", async () => {
    const home = localized("en", publicRoutes.home());
    const before = await countPublishedPrisoners(database.url);
    expect(documentedFigure((await get(serverB, home)).body)).toBe(before);
    expect((await get(serverB, home)).cache).toBe("HIT");

    await editElsewhere(slug, "archive");
    await expectShownAtOnce(serverB, home, (body) => documentedFigure(body) === before - 1);
    await expectShownAtOnce(serverA, home, (body) => documentedFigure(body) === before - 1);
  });

  it("answer every page while Redis is down, and cache again once it is back", async () => {
    const home = localized("en", publicRoutes.home());
    await redis.stop();
    try {
      for (const server of [serverA, serverB]) {
        const page = await get(server, home);
        expect(page.status).toBe(200);
        expect(page.cache).not.toBe("HIT");
        console.info(`[faults] shared cache: home page without Redis in ${Math.round(page.ms)} ms`);
      }
    } finally {
      await redis.start();
    }
    // Reconnected, B stores its next render in Redis again and answers the one after from it.
    const started = performance.now();
    await timeUntil(serverB, home, () => true);
    for (;;) {
      if ((await get(serverB, home)).cache === "HIT") break;
      expect(performance.now() - started, "B caching again after Redis restarted").toBeLessThan(
        15_000,
      );
      await sleep(200);
    }
    console.info(
      `[faults] shared cache: cached again ${Math.round(performance.now() - started)} ms after Redis restarted`,
    );
  });
});
