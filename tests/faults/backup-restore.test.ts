import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, readdir, readFile, rm, stat, truncate, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readDatabaseIdentity } from "@/lib/cache/database-identity";
import { installJobQueue } from "@/lib/jobs/install-queue";
import { createPrismaClient } from "@/lib/postgres/client";
import { ensureDatabase } from "@/lib/postgres/database";
import { readMigrationState } from "@/lib/postgres/migrate";
import { migrateAndSeedIfEmpty } from "@/lib/postgres/setup";
import { PostgresFileStorage } from "@/lib/storage/postgres-file-storage";
import { insertPetition } from "../fixtures/petitions";
import { runCommand } from "../fixtures/run-command";
import { DEBIAN_PG_BIN, startDebianPostgres, type DebianPostgres } from "./harness/debian-postgres";

/**
 * The backup and restore commands of docs/deploy.md ("Backups"), run exactly as the guide shows
 * them (deploy/backup.sh, deploy/restore.sh), on Debian's PostgreSQL 15: the oldest version
 * Vigil supports, and one with a pg_dump here.
 */

const PORTS = [5541, 5542, 5543, 5544, 5545, 5546, 5547, 5548, 5549];
const SCRIPT_TIMEOUT_MS = 30_000;
const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");
const MEDIA_KEY = "media/backup-check/photo.jpg";
/** Three chunks of StoredFileChunk (256 KiB each), the last one short. */
const MEDIA_BYTES = randomBytes(600 * 1024);
const SIGNER_EMAIL = `backup-canary-${randomBytes(4).toString("hex")}@signers.example.org`;

let server: DebianPostgres;
let workDir: string;
let sourceUrl: string;
let identityFile: string;
let recipient: string;
let backupFile: string;
let signatureId: string;
const restoredUrl = () => server.urlFor("vigil_restored");

/** The commands the guide shows, with PostgreSQL 15's client first in PATH (the server's major). */
function runScript(script: string, args: string[], databaseUrl: string) {
  return runCommand(path.join(process.cwd(), "deploy", script), args, {
    timeoutMs: SCRIPT_TIMEOUT_MS,
    env: { DATABASE_URL: databaseUrl, PATH: `${DEBIAN_PG_BIN}:${process.env.PATH ?? ""}` },
  });
}

async function query<Row extends pg.QueryResultRow>(url: string, text: string): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Row>(text)).rows;
  } finally {
    await client.end();
  }
}

/** Rows of every table in every schema but PostgreSQL's own, by "schema.table". */
async function rowCounts(url: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query<{ name: string }>(
      `SELECT format('%I.%I', table_schema, table_name) AS name FROM information_schema.tables
       WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')
       ORDER BY 1`,
    );
    const counts: Record<string, number> = {};
    for (const { name } of tables.rows) {
      const result = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${name}`);
      counts[name] = Number(result.rows[0]!.n);
    }
    return counts;
  } finally {
    await client.end();
  }
}

/** A digest of every column of every row of the tables that hold personal data and media. */
async function sensitiveChecksums(url: string): Promise<Record<string, string>> {
  const [row] = await query<Record<string, string>>(
    url,
    `SELECT
       (SELECT md5(string_agg(s::text, E'\\n' ORDER BY s.id)) FROM "Signature" s) AS signatures,
       (SELECT md5(string_agg(f::text, E'\\n' ORDER BY f.id)) FROM "StoredFile" f) AS files,
       (SELECT md5(string_agg(c::text, E'\\n' ORDER BY c."fileId", c.position))
          FROM "StoredFileChunk" c) AS chunks`,
  );
  return row!;
}

/** Objects a fresh database does not have (what restore.sh calls "not empty"). */
async function userRelations(url: string): Promise<number> {
  const [row] = await query<{ n: string }>(
    url,
    `SELECT count(*) AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'`,
  );
  return Number(row!.n);
}

async function readAll(content: ReadableStream<Uint8Array> | Buffer): Promise<Buffer> {
  return Buffer.isBuffer(content)
    ? content
    : Buffer.from(await new Response(content).arrayBuffer());
}

/**
 * What a running site adds to the demo content: the job queue's schema (graphile-worker's), some
 * signatures with personal data and a media file stored in the database. Returns a signature id.
 */
async function addProductionData(url: string): Promise<string> {
  const prisma = createPrismaClient(url, 2);
  try {
    const petition = await insertPetition(prisma, { slug: "backup-check", label: "backup" });
    const emails = [SIGNER_EMAIL, "anna.petrova@signers.example.org", "ivan@signers.example.org"];
    const ids: string[] = [];
    for (const [index, email] of emails.entries()) {
      const signature = await prisma.signature.create({
        data: {
          letterId: petition.id,
          letterVersionId: petition.versionId,
          locale: "ru",
          name: `Подписант ${index} Signer`,
          email,
          emailKey: email,
          countryCode: "DE",
          city: "Berlin",
          consentGivenAt: new Date(),
          consentTextVersion: "2026-11-privacy-v1",
          status: "CONFIRMED",
          confirmedAt: new Date(),
        },
        select: { id: true },
      });
      ids.push(signature.id);
    }
    const pool = new pg.Pool({ connectionString: url, max: 2 });
    try {
      await installJobQueue(pool);
      await new PostgresFileStorage(pool).write(MEDIA_KEY, MEDIA_BYTES);
    } finally {
      await pool.end();
    }
    return ids[0]!;
  } finally {
    await prisma.$disconnect();
  }
}

beforeAll(async () => {
  server = await startDebianPostgres(PORTS);
  workDir = await mkdtemp(path.join(os.tmpdir(), "vigil-backup-"));
  identityFile = path.join(workDir, "identity.txt");
  const keygen = await runCommand("age-keygen", ["-o", identityFile], { timeoutMs: 10_000 });
  expect(keygen.code, keygen.output).toBe(0);
  recipient = /Public key: (age1\S+)/.exec(keygen.output)?.[1] ?? "";
  expect(recipient).toMatch(/^age1/);
  backupFile = path.join(workDir, "vigil-2026-12-06.dump.age");
}, 60_000);

afterAll(async () => {
  await server?.stop();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

describe("backups made by deploy/backup.sh and restored by deploy/restore.sh", () => {
  it("Vigil's migrations and the job queue install on PostgreSQL 15, with the demo content", async () => {
    await ensureDatabase(server.adminUrl, "vigil_source");
    sourceUrl = server.urlFor("vigil_source");
    const committed = (await readdir(MIGRATIONS_DIR, { withFileTypes: true })).filter((entry) =>
      entry.isDirectory(),
    );
    const setup = await migrateAndSeedIfEmpty(sourceUrl);
    expect(setup.applied).toHaveLength(committed.length);
    expect(setup.seeded).toBe(true);
    signatureId = await addProductionData(sourceUrl);
  });

  it("writes an encrypted backup, with no signer's e-mail in it and no partial file left", async () => {
    const backup = await runScript("backup.sh", ["-r", recipient, backupFile], sourceUrl);
    expect(backup.code, backup.output).toBe(0);
    const bytes = await readFile(backupFile);
    expect(bytes.subarray(0, 21).toString()).toBe("age-encryption.org/v1");
    expect(bytes.includes("PGDMP"), "pg_dump's archive header").toBe(false);
    expect(bytes.includes(SIGNER_EMAIL), "a signer's e-mail").toBe(false);
    expect((await stat(backupFile)).mode & 0o077, "readable by the owner only").toBe(0);
    expect(await readdir(workDir)).toEqual(["identity.txt", path.basename(backupFile)]);
  });

  it("restores into an empty database: every table's rows, the signatures and the media", async () => {
    await ensureDatabase(server.adminUrl, "vigil_restored");
    const restore = await runScript("restore.sh", ["-i", identityFile, backupFile], restoredUrl());
    expect(restore.code, restore.output).toBe(0);

    const [before, after] = await Promise.all([rowCounts(sourceUrl), rowCounts(restoredUrl())]);
    expect(Object.keys(before).length).toBeGreaterThan(40);
    expect(before['public."Signature"']).toBe(3);
    expect(before['public."StoredFileChunk"']).toBe(3);
    expect(before["graphile_worker.migrations"]).toBeGreaterThan(0);
    expect(after).toEqual(before);
    expect(await sensitiveChecksums(restoredUrl())).toEqual(await sensitiveChecksums(sourceUrl));
  });

  it("gives the app a database it starts on, with the same signature and media bytes", async () => {
    // What `npm start` checks before serving (scripts/lib/migrate-on-start.ts): nothing to apply,
    // nothing newer than this code.
    expect(await readMigrationState(restoredUrl())).toEqual({ pending: [], unknown: [] });
    // The restored database has its own identity: caches keyed by it start empty (lib/cache).
    const [source, restored] = await Promise.all([
      readDatabaseIdentity(sourceUrl),
      readDatabaseIdentity(restoredUrl()),
    ]);
    expect(restored.databaseOid).not.toBe(source.databaseOid);

    const prisma = createPrismaClient(restoredUrl(), 2);
    const pool = new pg.Pool({ connectionString: restoredUrl(), max: 2 });
    try {
      const signature = await prisma.signature.findUniqueOrThrow({ where: { id: signatureId } });
      expect(signature).toMatchObject({ email: SIGNER_EMAIL, name: "Подписант 0 Signer" });
      const media = await readAll(await new PostgresFileStorage(pool).read(MEDIA_KEY));
      expect(media.equals(MEDIA_BYTES), "the restored file's bytes").toBe(true);
    } finally {
      await prisma.$disconnect();
      await pool.end();
    }
  });

  it("refuses to restore into a database that is not empty, and changes nothing there", async () => {
    const before = await rowCounts(restoredUrl());
    const restore = await runScript("restore.sh", ["-i", identityFile, backupFile], restoredUrl());
    expect(restore.code).not.toBe(0);
    expect(restore.output).toMatch(/not empty/);
    expect(await rowCounts(restoredUrl())).toEqual(before);
  });

  it("fails with a wrong key, and leaves the target database empty", async () => {
    const wrongKey = path.join(workDir, "wrong-identity.txt");
    const keygen = await runCommand("age-keygen", ["-o", wrongKey], { timeoutMs: 10_000 });
    expect(keygen.code, keygen.output).toBe(0);
    await ensureDatabase(server.adminUrl, "vigil_wrong_key");
    const target = server.urlFor("vigil_wrong_key");
    const restore = await runScript("restore.sh", ["-i", wrongKey, backupFile], target);
    expect(restore.code).not.toBe(0);
    expect(await userRelations(target)).toBe(0);
  });

  it("fails on a truncated backup, and leaves the target database empty", async () => {
    const truncated = path.join(workDir, "truncated.dump.age");
    await writeFile(truncated, await readFile(backupFile));
    // Most of the archive arrives (schema and most rows), the end does not.
    await truncate(truncated, Math.floor((await stat(truncated)).size * 0.9));
    await ensureDatabase(server.adminUrl, "vigil_truncated");
    const target = server.urlFor("vigil_truncated");
    const restore = await runScript("restore.sh", ["-i", identityFile, truncated], target);
    expect(restore.code).not.toBe(0);
    expect(await userRelations(target)).toBe(0);
  });

  it("backs up and restores a local media folder beside the dump (-s)", async () => {
    const storage = path.join(workDir, "storage");
    await mkdir(path.join(storage, "media", "ab"), { recursive: true });
    await writeFile(path.join(storage, "media", "ab", "photo.jpg"), MEDIA_BYTES);
    const withMedia = path.join(workDir, "with-media.dump.age");
    const backup = await runScript(
      "backup.sh",
      ["-r", recipient, "-s", storage, withMedia],
      sourceUrl,
    );
    expect(backup.code, backup.output).toBe(0);
    const archive = path.join(workDir, "with-media.storage.tar.age");
    expect((await readFile(archive)).includes(MEDIA_BYTES.subarray(0, 64)), "plain bytes").toBe(
      false,
    );

    await ensureDatabase(server.adminUrl, "vigil_with_media");
    const restoredStorage = path.join(workDir, "restored-storage");
    const restore = await runScript(
      "restore.sh",
      ["-i", identityFile, "-s", restoredStorage, withMedia],
      server.urlFor("vigil_with_media"),
    );
    expect(restore.code, restore.output).toBe(0);
    const restored = await readFile(path.join(restoredStorage, "media", "ab", "photo.jpg"));
    expect(restored.equals(MEDIA_BYTES)).toBe(true);
  });
});
