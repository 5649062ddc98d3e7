import { randomBytes } from "node:crypto";
import pg from "pg";

/**
 * Published profiles the demo content does not have, added to the fault suite's database only:
 * its "prisoners documented" figure then differs from that of the database the build was made
 * on, so a page or cached read that still shows the build's data is caught.
 */
export const EXTRA_PUBLISHED_PRISONERS = 7;

export async function addExtraPublishedPrisoners(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    for (let n = 1; n <= EXTRA_PUBLISHED_PRISONERS; n++) {
      const suffix = randomBytes(4).toString("hex");
      await client.query(
        `INSERT INTO "Prisoner" (id, slug, name, "sortName", citizenships, "countryCode", roles,
           status, summary, state, "publishedAt", "redactedFields", "updatedAt")
         VALUES ($1, $2, $3, $4, '{}', 'KZ', '{}', 'IMPRISONED', $5, 'PUBLISHED', now(), '{}', now())`,
        [
          `faults${suffix}`,
          `fault-suite-prisoner-${n}-${suffix}`,
          { en: `Fault Suite Prisoner ${n}`, ru: `Узник проверки сбоев ${n}` },
          `Fault Suite Prisoner ${n}`,
          { en: "Added by the fault suite only.", ru: "Добавлен только проверкой сбоев." },
        ],
      );
    }
  } finally {
    await client.end();
  }
}
