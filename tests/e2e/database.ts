import { readFileSync } from "node:fs";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createPrismaClient } from "@/lib/postgres/client";
import { e2ePort } from "./port";

/**
 * The throw-away database behind the end-to-end server (scripts/start.ts --test writes its URL),
 * for tests that add fixtures the demo content does not have: a draft profile, a redacted field.
 */
export function connectToE2eDatabase(): PrismaClient {
  const url = readFileSync(`.data/e2e-database-url-${e2ePort}`, "utf8").trim();
  return createPrismaClient(url, 2);
}

/** What the public figures count right now: published profiles, in all and per shown country. */
export interface PublishedFigures {
  documented: number;
  /** Per country code; a profile whose country is withheld counts for none (lib/data/countries). */
  byCountry: Map<string, number>;
}

/**
 * Reads the public figures from the database. Other tests publish profiles while the suite runs,
 * so a test of a page's figures compares them with these, not with the demo content's own.
 */
export async function readPublishedFigures(): Promise<PublishedFigures> {
  const database = connectToE2eDatabase();
  try {
    const [documented, rows] = await Promise.all([
      database.prisoner.count({ where: { state: "PUBLISHED" } }),
      database.prisoner.groupBy({
        by: ["countryCode"],
        where: {
          state: "PUBLISHED",
          OR: [
            { redactedFields: { equals: null } },
            { NOT: { redactedFields: { hasSome: ["country", "countryCode"] } } },
          ],
        },
        _count: { _all: true },
      }),
    ]);
    return {
      documented,
      byCountry: new Map(rows.map((row) => [row.countryCode, row._count._all])),
    };
  } finally {
    await database.$disconnect();
  }
}
