import { createPrismaClient } from "@/lib/postgres/client";

/**
 * The audit log a directory of N prisoners has behind it: the synthetic seed writes prisoners,
 * not the log of their making, so a bench database's log holds a few sign-ins and its deep pages
 * cannot be measured. This adds, once per database, what an import and its reviews would have
 * written: one "prisoner.create" per synthetic prisoner and one "prisoner.submitForReview" per
 * prisoner in review (which the review queue reads for "submitted by"). Appending is all the
 * log's trigger allows, and all this needs: a database that already has them is left alone.
 */

const SEED_ACTOR = "bench-seed@example.test";

export async function ensureSyntheticAuditLog(
  databaseUrl: string,
  log: (line: string) => void,
): Promise<void> {
  const prisma = createPrismaClient(databaseUrl, 1);
  try {
    const [row] = await prisma.$queryRaw<{ count: bigint }[]>`
      SELECT count(*) AS count FROM "AuditLog" WHERE "actorEmail" = ${SEED_ACTOR}`;
    if (Number(row?.count ?? 0) > 0) return;
    const started = performance.now();
    // In the prisoners' order of making, so that ids (the log's order) follow their dates.
    const created = await prisma.$executeRaw`
      INSERT INTO "AuditLog" ("at", "actorEmail", "action", "entityType", "entityId", "details")
      SELECT "createdAt", ${SEED_ACTOR}, 'prisoner.create', 'Prisoner', "id", '{"synthetic": true}'::jsonb
      FROM "Prisoner" WHERE "slug" LIKE 'synthetic-%' ORDER BY "createdAt", "id"`;
    const submitted = await prisma.$executeRaw`
      INSERT INTO "AuditLog" ("at", "actorEmail", "action", "entityType", "entityId", "details")
      SELECT "updatedAt", ${SEED_ACTOR}, 'prisoner.submitForReview', 'Prisoner', "id", '{"synthetic": true}'::jsonb
      FROM "Prisoner" WHERE "slug" LIKE 'synthetic-%' AND "state" = 'IN_REVIEW'
      ORDER BY "updatedAt", "id"`;
    await prisma.$executeRawUnsafe(`ANALYZE "AuditLog"`);
    log(
      `Wrote ${(created + submitted).toLocaleString("en")} synthetic audit entries in ` +
        `${((performance.now() - started) / 1000).toFixed(1)} s.`,
    );
  } finally {
    await prisma.$disconnect();
  }
}
