import { runDemoMediaStep } from "@/prisma/demo/run-demo-media";
import { seedDemoContent } from "@/prisma/seed";
import { createPrismaClient } from "@/lib/postgres/client";
import { applyPendingMigrations } from "@/lib/postgres/migrate";
import { withMigrationLock } from "@/lib/postgres/migration-lock";

export interface SetupResult {
  /** Migrations applied now (none when the schema was current, or another process applied them). */
  applied: string[];
  /** Whether the demo content was loaded now (the database had no content before). */
  seeded: boolean;
}

/**
 * Brings a database up to date: applies pending migrations, then loads the demo content when
 * the database holds no content yet. A database with content is never touched by the seed.
 *
 * All of it runs under the migration lock (migration-lock.ts): two processes starting together
 * on one empty database migrate and seed it once; the second finds it done. Throws
 * DatabaseNewerThanCodeError for a database upgraded by a newer version (migrate.ts).
 */
export async function migrateAndSeedIfEmpty(
  databaseUrl: string,
  options: { onWait?: () => void } = {},
): Promise<SetupResult> {
  return withMigrationLock(
    databaseUrl,
    async () => {
      const applied = await applyPendingMigrations(databaseUrl);
      return { applied, seeded: await seedIfEmpty(databaseUrl) };
    },
    options,
  );
}

async function seedIfEmpty(databaseUrl: string): Promise<boolean> {
  const prisma = createPrismaClient(databaseUrl, 2);
  try {
    const [prisoners, publications, letters] = await Promise.all([
      prisma.prisoner.count(),
      prisma.publication.count(),
      prisma.letter.count(),
    ]);
    if (prisoners + publications + letters > 0) return false;
    await seedDemoContent(prisma);
    // The demo's photo and report PDF, in a process of its own (see prisma/demo/load-demo-media.ts).
    await runDemoMediaStep(databaseUrl);
    return true;
  } finally {
    await prisma.$disconnect();
  }
}
