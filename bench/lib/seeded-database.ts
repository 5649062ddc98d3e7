import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { createPrismaClient } from "@/lib/postgres/client";
import { ensureDatabase } from "@/lib/postgres/database";
import { startEmbeddedPostgres } from "@/lib/postgres/embedded";
import { migrateAndSeedIfEmpty } from "@/lib/postgres/setup";
import { generateSyntheticPrisoners } from "@/scripts/synthetic";

/**
 * A database with the demo content and N synthetic prisoners that outlives the bench run: seeding
 * 100,000 prisoners takes minutes, measuring them does not. It lives in its own embedded
 * PostgreSQL data folder, `.data/bench-directory-<N>/`, beside a note of what it holds (the size,
 * a hash of prisma/migrations and how long the seed took). A folder whose note does not match
 * the migrations of this checkout is deleted and seeded again: a schema change invalidates it,
 * and nothing in it is anyone's data.
 */

const DATABASE = "vigil";

export interface SeededDatabase {
  url: string;
  size: number;
  /** Seconds the seed took, now or when the folder was made. */
  seedSeconds: number;
  /** Whether this run seeded it (false: reused from an earlier run). */
  seededNow: boolean;
  close(): Promise<void>;
}

interface SeedNote {
  size: number;
  migrations: string;
  seedSeconds: number;
  seededAt: string;
}

/** A hash of every file under prisma/migrations, names included. */
async function migrationsHash(): Promise<string> {
  const root = path.resolve("prisma/migrations");
  const hash = createHash("sha256");
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    .sort();
  for (const file of files) {
    hash.update(`${file}\0`);
    hash.update(await readFile(path.join(root, file)));
  }
  return hash.digest("hex");
}

async function readNote(file: string): Promise<SeedNote | null> {
  try {
    return JSON.parse(await readFile(file, "utf8")) as SeedNote;
  } catch {
    return null;
  }
}

/**
 * Starts the embedded PostgreSQL of `.data/bench-directory-<size>/` on `port`, seeding it first
 * when it is missing or was made for other migrations. `log` receives the seed's progress.
 */
export async function openSeededDatabase(options: {
  size: number;
  port: number;
  log: (line: string) => void;
}): Promise<SeededDatabase> {
  const { size, port, log } = options;
  const folder = path.resolve(`.data/bench-directory-${size}`);
  const noteFile = path.join(folder, "seed.json");
  const migrations = await migrationsHash();
  const note = await readNote(noteFile);
  const reusable =
    note !== null &&
    note.size === size &&
    note.migrations === migrations &&
    existsSync(path.join(folder, "pg"));
  if (!reusable) {
    if (existsSync(folder)) log(`${folder} was seeded for other migrations: seeding it again.`);
    await rm(folder, { recursive: true, force: true });
    await mkdir(folder, { recursive: true });
  }

  const server = await startEmbeddedPostgres({ dataDir: path.join(folder, "pg"), port });
  try {
    await ensureDatabase(server.adminUrl, DATABASE);
    const url = server.urlFor(DATABASE);
    if (reusable) {
      log(
        `Reusing ${size.toLocaleString("en")} synthetic prisoners in ${folder} ` +
          `(seeded ${note.seededAt} in ${note.seedSeconds.toFixed(0)} s).`,
      );
      return { url, size, seedSeconds: note.seedSeconds, seededNow: false, close: server.stop };
    }
    const seedSeconds = await seed(url, size, log);
    const written: SeedNote = {
      size,
      migrations,
      seedSeconds,
      seededAt: new Date().toISOString(),
    };
    // Written last: a seed cut short leaves no note, so the next run starts it over.
    await writeFile(noteFile, `${JSON.stringify(written, null, 2)}\n`);
    return { url, size, seedSeconds, seededNow: true, close: server.stop };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

/** Migrations, demo content, the synthetic prisoners, then VACUUM ANALYZE; returns seconds. */
async function seed(url: string, size: number, log: (line: string) => void): Promise<number> {
  const started = performance.now();
  log(`Seeding ${size.toLocaleString("en")} synthetic prisoners (once; kept for later runs)…`);
  await migrateAndSeedIfEmpty(url);
  const prisma = createPrismaClient(url, 2);
  try {
    await generateSyntheticPrisoners(prisma, size, (line) => log(`  ${line}`));
    // As autovacuum leaves a production database after a bulk import (bench/search.ts too).
    await prisma.$executeRawUnsafe("VACUUM ANALYZE");
  } finally {
    await prisma.$disconnect();
  }
  const seconds = (performance.now() - started) / 1000;
  log(`Seeded in ${seconds.toFixed(0)} s.`);
  return seconds;
}
