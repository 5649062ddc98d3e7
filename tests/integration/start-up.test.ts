import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createPrismaClient } from "@/lib/postgres/client";
import { openThrowawayDatabase, type OpenDatabase } from "@/lib/postgres/database";
import { migrateAndSeedIfEmpty } from "@/lib/postgres/setup";
import { seedDemoContent } from "@/prisma/seed";

/** Row counts of every application table, to compare the database before and after. */
async function tableCounts(prisma: PrismaClient): Promise<Record<string, number>> {
  const tables = await prisma.$queryRaw<Array<{ name: string }>>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
    ORDER BY table_name`;
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await prisma.$queryRawUnsafe<Array<{ count: bigint }>>(
      `SELECT count(*) AS count FROM "${name}"`,
    );
    counts[name] = Number(row!.count);
  }
  return counts;
}

describe("start-up on an empty database", () => {
  let database: OpenDatabase;
  let prisma: PrismaClient;

  beforeAll(async () => {
    database = await openThrowawayDatabase("startup");
    prisma = createPrismaClient(database.url, 2);
  });
  afterAll(async () => {
    await prisma.$disconnect();
    await database.close();
  });

  it("applies the migrations and loads the demo content", async () => {
    const result = await migrateAndSeedIfEmpty(database.url);

    expect(result.seeded).toBe(true);
    const dzhakishev = await prisma.prisoner.findUniqueOrThrow({
      where: { slug: "mukhtar-dzhakishev" },
    });
    expect(dzhakishev.state).toBe("PUBLISHED");
    expect(dzhakishev.status).toBe("RELEASED_ON_PAROLE");
    expect(await prisma.prisoner.count()).toBeGreaterThanOrEqual(9);
    expect(await prisma.letter.count()).toBeGreaterThanOrEqual(4);
    expect(await prisma.publication.count({ where: { type: "REPORT" } })).toBeGreaterThanOrEqual(5);
    const extensions = await prisma.$queryRaw<Array<{ extname: string }>>`
      SELECT extname FROM pg_extension WHERE extname IN ('pg_trgm', 'unaccent', 'citext') ORDER BY extname`;
    expect(extensions.map((row) => row.extname)).toEqual(["citext", "pg_trgm", "unaccent"]);
  });

  it("leaves a database that has content alone on the next start", async () => {
    await prisma.prisoner.update({
      where: { slug: "oleg-sentsov" },
      data: { sortName: "Sentsov Oleg (edited by staff)" },
    });
    const before = await tableCounts(prisma);

    const result = await migrateAndSeedIfEmpty(database.url);

    expect(result.seeded).toBe(false);
    expect(await tableCounts(prisma)).toEqual(before);
    const sentsov = await prisma.prisoner.findUniqueOrThrow({ where: { slug: "oleg-sentsov" } });
    expect(sentsov.sortName).toBe("Sentsov Oleg (edited by staff)");
  });

  it("gives the same database when the demo content is loaded again", async () => {
    await seedDemoContent(prisma);
    const afterFirst = await tableCounts(prisma);
    const prisonersFirst = await prisma.prisoner.findMany({
      orderBy: { slug: "asc" },
      select: { slug: true, name: true, status: true, summary: true, countryCode: true },
    });

    await seedDemoContent(prisma);

    expect(await tableCounts(prisma)).toEqual(afterFirst);
    expect(
      await prisma.prisoner.findMany({
        orderBy: { slug: "asc" },
        select: { slug: true, name: true, status: true, summary: true, countryCode: true },
      }),
    ).toEqual(prisonersFirst);
  });
});
