import pg from "pg";
import { installJobQueue } from "@/lib/jobs/install-queue";
import { JOB_QUEUE_SCHEMA } from "@/lib/jobs/queue-schema";

/** The retention job's schedule identifier (lib/jobs/job-schedules.ts). */
export const RETENTION_JOB = "signatures.anonymise";
/** The signers of the expired petition planted below (their addresses carry it). */
export const EXPIRED_SIGNER_MARKER = "cluster-expired-signer";

/**
 * The cluster as it was yesterday: the job queue installed, the retention job's schedule known
 * since three days and last run two days ago (so today's 03:17 UTC run is due, and every instance
 * that starts will want to run it), and a petition closed 400 days ago whose signatures still
 * hold personal data. Written before the instances start.
 */
export async function plantOverdueRetention(databaseUrl: string): Promise<void> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  // An idle connection's error (the server stopping) must not crash the run; queries still throw.
  pool.on("error", (error) => console.error("[cluster] fixture pool:", error.message));
  try {
    await installJobQueue(pool);
    await pool.query(
      `INSERT INTO ${JOB_QUEUE_SCHEMA}._private_known_crontabs (identifier, known_since, last_execution)
       VALUES ($1, now() - interval '3 days', now() - interval '2 days')
       ON CONFLICT (identifier) DO UPDATE SET last_execution = now() - interval '2 days'`,
      [RETENTION_JOB],
    );
    const {
      rows: [letter],
    } = await pool.query<{ id: string }>(
      `INSERT INTO "Letter" (id, slug, kind, state, title, "addresseeName", goal, "publishedAt", "updatedAt")
       VALUES (gen_random_uuid()::text, 'cluster-expired-petition', 'PETITION', 'CLOSED',
               '{"en":"An expired petition"}', '{"en":"The President"}', 10,
               now() - interval '500 days', now() - interval '400 days')
       RETURNING id`,
    );
    const {
      rows: [version],
    } = await pool.query<{ id: string }>(
      `INSERT INTO "LetterVersion" (id, "letterId", number, title, body)
       VALUES (gen_random_uuid()::text, $1, 1, '{"en":"An expired petition"}', '{"en":{"type":"doc","content":[]}}')
       RETURNING id`,
      [letter!.id],
    );
    // "updatedAt" is set again above its own update: closing the letter is its last edit.
    await pool.query(
      `UPDATE "Letter" SET "currentVersionId" = $2, "updatedAt" = now() - interval '400 days' WHERE id = $1`,
      [letter!.id, version!.id],
    );
    for (let n = 1; n <= 3; n++) {
      await pool.query(
        `INSERT INTO "Signature" (id, "letterId", "letterVersionId", locale, name, email, "emailKey",
           "countryCode", "consentGivenAt", "consentTextVersion", status, "confirmedAt", "createdAt")
         VALUES (gen_random_uuid(), $1, $2, 'en', $3, $4, $5, 'DE', now() - interval '450 days', 'v1', 'CONFIRMED',
                 now() - interval '450 days', now() - interval '450 days')`,
        [
          letter!.id,
          version!.id,
          `Expired Signer ${n}`,
          `${EXPIRED_SIGNER_MARKER}-${n}@example.org`,
          `${EXPIRED_SIGNER_MARKER}-key-${n}`,
        ],
      );
    }
  } finally {
    await pool.end();
  }
}

/** How many times the retention job succeeded (lib/jobs/job-outcomes.ts), and what it left. */
export async function retentionState(databaseUrl: string): Promise<{
  runs: number;
  signersWithPersonalData: number;
}> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const outcomes = await client
      .query<{ succeeded: number }>(`SELECT succeeded FROM vigil_jobs.outcomes WHERE kind = $1`, [
        RETENTION_JOB,
      ])
      .catch(() => ({ rows: [] as { succeeded: number }[] }));
    const {
      rows: [left],
    } = await client.query<{ count: string }>(
      `SELECT count(*) AS count FROM "Signature" s JOIN "Letter" l ON l.id = s."letterId"
       WHERE l.slug = 'cluster-expired-petition' AND (s.email IS NOT NULL OR s.name IS NOT NULL)`,
    );
    return { runs: outcomes.rows[0]?.succeeded ?? 0, signersWithPersonalData: Number(left!.count) };
  } finally {
    await client.end();
  }
}
