import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterEach, describe, expect, inject, it } from "vitest";
import { claimCacheForDatabase, readCacheOwner } from "@/lib/cache/cache-owner";
import { readDatabaseIdentity } from "@/lib/cache/database-identity";
import { findIdentityChange, nextCacheOwner } from "@/lib/cache/identity-change";
import { watchCacheOwner } from "@/lib/cache/watch-cache-owner";
import { findFreePort } from "@/lib/net/ports";
import { dropDatabase, ensureDatabase, withDatabase } from "@/lib/postgres/database";
import { openStoppableDatabase, type StoppableDatabase } from "../fixtures/stoppable-database";

const run = promisify(execFile);

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** A PostgreSQL cluster of the test's own with a database "vigil"; removed after the test. */
async function openCluster(port?: number): Promise<StoppableDatabase> {
  const database = await openStoppableDatabase({ database: "vigil", port });
  cleanups.push(() => database.close());
  return database;
}

async function execute(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A build folder as Next.js leaves it: compiled code, prerendered pages, a data cache entry. */
async function fakeBuildFolder(): Promise<string> {
  const root = await tempDir("vigil-cache-root-");
  await plantCachedContent(root);
  return root;
}

async function plantCachedContent(root: string): Promise<void> {
  const files: Record<string, string> = {
    "prerender-manifest.json": JSON.stringify({ routes: { "/en": {}, "/robots.txt": {} } }),
    "server/app/en.html": "<p>90,098 prisoners documented</p>",
    "server/app/en.rsc": "rsc",
    "server/app/en.meta": "{}",
    "server/app/en.segments/_tree.segment.rsc": "tree",
    "server/app/robots.txt.body": "User-agent: *",
    "server/app/[locale]/page.js": "compiled code",
    "server/route-cache/APP_PAGE/abc/$/en.html": "<p>cached while serving</p>",
    "cache/fetch-cache/0123abcd": '{"kind":"FETCH"}',
    "cache/turbopack/compiler-cache": "compiler cache",
  };
  for (const [file, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), content);
  }
}

describe("which database a cache belongs to", () => {
  it("two databases on one PostgreSQL server are different databases", async () => {
    const testUrl = inject("databaseUrl");
    const otherName = `vigil_identity_${process.pid}`;
    const adminUrl = withDatabase(testUrl, "postgres");
    await ensureDatabase(adminUrl, otherName);
    cleanups.push(() => dropDatabase(adminUrl, otherName));

    const first = await readDatabaseIdentity(testUrl);
    const second = await readDatabaseIdentity(withDatabase(testUrl, otherName));

    expect(second.systemIdentifier).toBe(first.systemIdentifier);
    expect(findIdentityChange(nextCacheOwner(null, first), second)).toContain(
      `oid ${second.databaseOid}`,
    );
  });

  it("the same database after a restart is the same database", async () => {
    const database = await openCluster();
    const owner = nextCacheOwner(null, await readDatabaseIdentity(database.url));
    await database.stop();

    await database.start();
    const identity = await readDatabaseIdentity(database.url);

    expect(findIdentityChange(owner, identity)).toBeNull();
  });

  it("a database that crashed and recovered is the same database", async () => {
    const database = await openCluster();
    await execute(database.url, "CREATE TABLE kept AS SELECT generate_series(1, 20000)");
    const owner = nextCacheOwner(null, await readDatabaseIdentity(database.url));
    // SIGKILL to the postmaster; the start below recovers from the write-ahead log.
    await database.crash();

    await database.start();
    const identity = await readDatabaseIdentity(database.url);

    expect(findIdentityChange(owner, identity)).toBeNull();
  });

  it("a database restored from a copy of its data folder is caught as restored", async () => {
    const database = await openCluster();
    const { dataDir } = database;
    const backupDir = path.join(await tempDir("vigil-identity-backup-"), "data");
    await database.stop();
    // A base backup of the stopped cluster (cp -a keeps the owner PostgreSQL insists on).
    await run("cp", ["-a", dataDir, backupDir]);

    await database.start();
    await execute(database.url, "CREATE TABLE later AS SELECT generate_series(1, 20000)");
    const owner = nextCacheOwner(null, await readDatabaseIdentity(database.url));
    await database.stop();
    await rm(dataDir, { recursive: true, force: true });
    await run("cp", ["-a", backupDir, dataDir]);

    await database.start();
    const identity = await readDatabaseIdentity(database.url);

    expect(identity.systemIdentifier).toBe(owner.identity.systemIdentifier);
    expect(identity.databaseOid).toBe(owner.identity.databaseOid);
    expect(findIdentityChange(owner, identity)).toMatch(/restored from a backup/);
  });
});

describe("claiming a build folder for a database", () => {
  it("discards the cached pages and data made on another database, and keeps the code", async () => {
    const testUrl = inject("databaseUrl");
    const otherName = `vigil_claim_${process.pid}`;
    const adminUrl = withDatabase(testUrl, "postgres");
    await ensureDatabase(adminUrl, otherName);
    cleanups.push(() => dropDatabase(adminUrl, otherName));
    const root = await fakeBuildFolder();
    await claimCacheForDatabase({ root, databaseUrl: testUrl, log: () => {} });
    await plantCachedContent(root);
    const lines: string[] = [];

    const claim = await claimCacheForDatabase({
      root,
      databaseUrl: withDatabase(testUrl, otherName),
      log: (line) => lines.push(line),
    });

    for (const gone of [
      "cache/fetch-cache",
      "server/app/en.html",
      "server/app/en.rsc",
      "server/app/en.meta",
      "server/app/en.segments",
      "server/app/robots.txt.body",
      "server/route-cache",
    ]) {
      expect(existsSync(path.join(root, gone)), gone).toBe(false);
    }
    expect(await readFile(path.join(root, "server/app/[locale]/page.js"), "utf8")).toBe(
      "compiled code",
    );
    expect(existsSync(path.join(root, "cache/turbopack/compiler-cache"))).toBe(true);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/Discarded the cached pages and data in .*2 prerendered pages/);
    expect(lines[0]).toContain(otherName);
    expect((await readCacheOwner(root))?.identity.databaseOid).toBe(
      claim.owner?.identity.databaseOid,
    );
  });

  it("keeps the same database's cached pages and data that no server has served from", async () => {
    // As `next build` leaves them: prerendered now, before any revalidation could be missed.
    const root = await fakeBuildFolder();
    await claimCacheForDatabase({ root, databaseUrl: inject("databaseUrl"), log: () => {} });
    await plantCachedContent(root);
    const lines: string[] = [];

    const claim = await claimCacheForDatabase({
      root,
      databaseUrl: inject("databaseUrl"),
      forServer: true,
      log: (line) => lines.push(line),
    });

    expect(claim.discarded).toEqual([]);
    expect(lines).toEqual([]);
    expect(existsSync(path.join(root, "cache/fetch-cache/0123abcd"))).toBe(true);
    expect(existsSync(path.join(root, "server/app/en.html"))).toBe(true);
  });

  it("discards the same database's cache once a server has served from it", async () => {
    // Next.js keeps its revalidations in memory: a page cached before a restart may predate a
    // redaction, so the next process trusts none of it (lib/cache/README.md).
    const root = await fakeBuildFolder();
    const databaseUrl = inject("databaseUrl");
    await claimCacheForDatabase({ root, databaseUrl, forServer: true, log: () => {} });
    await plantCachedContent(root);
    const lines: string[] = [];

    const claim = await claimCacheForDatabase({
      root,
      databaseUrl,
      forServer: true,
      log: (line) => lines.push(line),
    });

    expect(claim.discarded).toContain("cache/fetch-cache");
    expect(claim.discarded).toContain("server/app/en.html");
    expect(lines).toEqual([expect.stringMatching(/a server served from them before/)]);
    expect(existsSync(path.join(root, "server/app/en.html"))).toBe(false);
    expect(existsSync(path.join(root, "cache/turbopack/compiler-cache"))).toBe(true);

    // A build claims the folder again and prerenders: its pages are kept for the next server.
    await claimCacheForDatabase({ root, databaseUrl, log: () => {} });
    await plantCachedContent(root);
    const next = await claimCacheForDatabase({ root, databaseUrl, forServer: true, log: () => {} });
    expect(next.discarded).toEqual([]);
  });

  it("discards what a server started during an outage served from, once the database answers", async () => {
    const root = await fakeBuildFolder();
    const databaseUrl = inject("databaseUrl");
    await claimCacheForDatabase({ root, databaseUrl, log: () => {} });
    await plantCachedContent(root);
    const nobody = `postgresql://postgres:postgres@127.0.0.1:${await findFreePort()}/vigil`;
    await claimCacheForDatabase({ root, databaseUrl: nobody, forServer: true, log: () => {} });

    const claim = await claimCacheForDatabase({
      root,
      databaseUrl,
      forServer: true,
      log: () => {},
    });

    expect(claim.discarded).toContain("server/app/en.html");
  });
});

describe("claiming a build folder while the database is down", () => {
  it("keeps the cache, says so, and the server can still start", async () => {
    const root = await fakeBuildFolder();
    const nobody = `postgresql://postgres:postgres@127.0.0.1:${await findFreePort()}/vigil`;
    const lines: string[] = [];

    const claim = await claimCacheForDatabase({
      root,
      databaseUrl: nobody,
      log: (line) => lines.push(line),
    });

    expect(claim.discarded).toEqual([]);
    expect(existsSync(path.join(root, "server/app/en.html"))).toBe(true);
    expect(lines).toEqual([expect.stringMatching(/Cannot ask the database .*unreachable/)]);
  });
});

describe("a running server's watch on its database", () => {
  it("reports another database that answers at the same address, and forgets the owner", async () => {
    const first = await openCluster();
    const databaseUrl = first.url;
    const root = await fakeBuildFolder();
    const claim = await claimCacheForDatabase({ root, databaseUrl, log: () => {} });
    const reasons: string[] = [];
    const watch = watchCacheOwner(claim, {
      databaseUrl,
      intervalMs: 100,
      onChange: (reason) => reasons.push(reason),
    });
    cleanups.push(async () => watch.stop());

    // The database goes away (an outage: the watch says nothing) and another comes back.
    await first.stop();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(reasons).toEqual([]);
    await openCluster(first.port);
    await expect.poll(() => reasons.length, { timeout: 10_000 }).toBe(1);

    expect(reasons[0]).toMatch(/it was made with database vigil .* this server uses/);
    expect(await readCacheOwner(root)).toBeNull();
  });
});
