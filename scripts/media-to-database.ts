/**
 * Copies the media files of the local `storage/` folder (or `--from <folder>`) into PostgreSQL,
 * for an organisation that grows from one server to several: run it once before starting the
 * servers with VIGIL_MEDIA_STORAGE=postgres, and once more after the switch to pick up uploads
 * made in between. Safe to run again: files the database has are skipped. The folder is left as
 * it is (keep it until the site has been checked). `DATABASE_URL=… npm run media:to-database`.
 * See lib/storage/README.md.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { requireDatabaseUrl } from "@/lib/env";
import { prisma } from "@/lib/db";
import { createPgPool } from "@/lib/postgres/pool";
import { LocalFileStorage, PostgresFileStorage } from "@/lib/storage";
import { copyLocalFiles, findMediaMissingFromDatabase } from "@/lib/storage/copy-to-database";

const { values } = parseArgs({ options: { from: { type: "string" } } });
const databaseUrl = requireDatabaseUrl();

const source = new LocalFileStorage(values.from ?? path.join(process.cwd(), "storage"));
const pool = createPgPool(databaseUrl, { max: 2 });
try {
  console.log(`Copying the files of ${source.root} into the database…`);
  const counts = await copyLocalFiles(source, new PostgresFileStorage(pool));
  const megabytes = (counts.copiedBytes / 1024 / 1024).toFixed(1);
  console.log(`Copied ${counts.copied} files (${megabytes} MB).`);
  console.log(`Already in the database: ${counts.present} files.`);
  if (counts.skipped.length > 0) {
    console.log(
      `Left alone, not storage keys (e.g. a write cut short): ${counts.skipped.length} files:\n` +
        counts.skipped.map((name) => `  ${name}`).join("\n"),
    );
  }
  const missing = await findMediaMissingFromDatabase();
  if (missing.length > 0) {
    console.error(
      `Media rows name ${missing.length} files that are neither in the folder nor in the ` +
        `database (they will not be served):\n${missing.map((key) => `  ${key}`).join("\n")}`,
    );
    process.exitCode = 1;
  } else {
    console.log("Every file that media rows name is in the database.");
  }
} catch (error) {
  // 42P01, undefined_table: the database has not had this version's migrations yet.
  if ((error as { code?: string }).code !== "42P01") throw error;
  console.error("The database lacks this version's tables: run `npm run db:migrate` first.");
  process.exitCode = 1;
} finally {
  await pool.end();
  await prisma.$disconnect();
}
