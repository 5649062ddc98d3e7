/**
 * Loads the demo's files (./demo-media.ts) into the database whose URL arrives on stdin, and
 * into the file storage the application is configured with (VIGIL_MEDIA_STORAGE). Run by
 * ./run-demo-media.ts in a process of its own under the react-server condition, because the
 * storage drivers and the PDF fonts are server-only modules, which the seed's own process
 * (plain tsx, scripts/start.ts) cannot import.
 */
import { text } from "node:stream/consumers";
import { env } from "@/lib/env";
import { createPrismaClient } from "@/lib/postgres/client";
import { createPgPool } from "@/lib/postgres/pool";
import { LocalFileStorage, PostgresFileStorage } from "@/lib/storage";
import { seedDemoMedia } from "./demo-media";

const databaseUrl = (await text(process.stdin)).trim();
const prisma = createPrismaClient(databaseUrl, 1);
// The choice getFileStorage() makes, against this database rather than DATABASE_URL's.
const pool = env.VIGIL_MEDIA_STORAGE === "postgres" ? createPgPool(databaseUrl, { max: 1 }) : null;
try {
  await seedDemoMedia(prisma, pool ? new PostgresFileStorage(pool) : new LocalFileStorage());
} finally {
  await prisma.$disconnect();
  await pool?.end();
}
