import { seedDemoContent } from "@/prisma/seed";
import { createPrismaClient } from "@/lib/postgres/client";
import { applyMigrations } from "@/lib/postgres/migrate";

export interface SetupResult {
  /** Whether the demo content was loaded now (the database had no content before). */
  seeded: boolean;
}

/**
 * Brings a database up to date: applies pending migrations, then loads the demo content when
 * the database holds no content yet. A database with content is never touched by the seed.
 */
export async function migrateAndSeedIfEmpty(databaseUrl: string): Promise<SetupResult> {
  await applyMigrations(databaseUrl);
  const prisma = createPrismaClient(databaseUrl, 2);
  try {
    const [prisoners, publications, letters] = await Promise.all([
      prisma.prisoner.count(),
      prisma.publication.count(),
      prisma.letter.count(),
    ]);
    if (prisoners + publications + letters > 0) return { seeded: false };
    await seedDemoContent(prisma);
    return { seeded: true };
  } finally {
    await prisma.$disconnect();
  }
}
