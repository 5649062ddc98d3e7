import "server-only";
import { prisma } from "@/lib/db";
import { cacheTags, revalidateContent } from "@/lib/data/cache";
import { Prisma } from "@/lib/generated/prisma/client";
import { routing } from "@/lib/i18n/routing";
import { dashboardRoutes, localized, publicRoutes } from "@/lib/routes";
import { publicUrl } from "@/lib/security/public-origin";
import { runSigningStatement } from "@/lib/signing/signing-pool";

/** The links of the editors' e-mail, per locale (the SQL picks the recipient's). */
function linksByLocale(slug: string, letterId: string): Record<string, Record<string, string>> {
  return Object.fromEntries(
    routing.locales.map((locale) => [
      locale,
      {
        letterUrl: publicUrl(localized(locale, publicRoutes.letter(slug))),
        dashboardUrl: publicUrl(localized(locale, dashboardRoutes.edit("letter", letterId))),
      },
    ]),
  );
}

/**
 * The statement that records every threshold of a letter its confirmed count has reached and
 * queues, in the same statement, one `letter.threshold_reached` e-mail per editor (and to the
 * letter's author) for each crossing it recorded.
 *
 * Exactly once: a crossing's key is (letter, count), so of two confirmations (on one server or
 * several) that both see the count at 10,000, one inserts the row and queues the mails, the other
 * inserts nothing (ON CONFLICT DO NOTHING) and so queues nothing. It runs after the confirmation
 * has committed and reads the committed shards, so the last of several simultaneous
 * confirmations always sees their sum: no crossing is missed either. A crossing missed because
 * this statement failed is recorded by the next confirmation (or save), since it compares with
 * "at least", not "equal".
 */
export function thresholdCrossingStatement(letter: { id: string; slug: string }): Prisma.Sql {
  const utcNow = Prisma.sql`(now() AT TIME ZONE 'UTC')`;
  const links = JSON.stringify(linksByLocale(letter.slug, letter.id));
  return Prisma.sql`
    WITH total AS (
      SELECT coalesce(sum("confirmed"), 0)::int AS n
      FROM "SignatureCounterShard" WHERE "letterId" = ${letter.id}
    ),
    crossed AS (
      INSERT INTO "LetterThresholdCrossing" ("letterId", "count", "seenCount", "crossedAt")
      SELECT t."letterId", t."count", total.n, ${utcNow}
      FROM "LetterThreshold" AS t, total
      WHERE t."letterId" = ${letter.id} AND t."count" <= total.n
      ON CONFLICT ("letterId", "count") DO NOTHING
      RETURNING "count", "seenCount"
    ),
    recipients AS (
      SELECT u."email",
             CASE WHEN u."locale" = ANY(${[...routing.locales]}::text[]) THEN u."locale"
                  ELSE ${routing.defaultLocale} END AS locale
      FROM "User" AS u, "Letter" AS l
      WHERE l."id" = ${letter.id} AND u."disabledAt" IS NULL AND u."passwordHash" IS NOT NULL
        AND (u."role" = 'EDITOR' OR u."id" = l."createdById")
    ),
    mail AS (
      INSERT INTO "OutboxMessage" ("id", "kind", "to", "locale", "payload", "nextAttemptAt", "createdAt")
      SELECT gen_random_uuid()::text, 'letter.threshold_reached', r."email", r.locale,
             jsonb_build_object(
               'letterTitle', coalesce(l."title"->>r.locale, l."title"->>'en', l."slug"),
               'count', c."count",
               'seenCount', c."seenCount",
               'label', coalesce(t."label"->>r.locale, t."label"->>'en', ''),
               'letterUrl', (${links}::jsonb)->r.locale->>'letterUrl',
               'dashboardUrl', (${links}::jsonb)->r.locale->>'dashboardUrl'),
             ${utcNow}, ${utcNow}
      FROM crossed AS c
      JOIN "LetterThreshold" AS t ON t."letterId" = ${letter.id} AND t."count" = c."count"
      JOIN "Letter" AS l ON l."id" = ${letter.id}
      CROSS JOIN recipients AS r
    )
    SELECT "count", "seenCount" FROM crossed`;
}

export interface RecordedCrossing {
  count: number;
  seenCount: number;
}

/**
 * After a confirmation has committed: records the thresholds it made the letter reach, on the
 * signing pool (a prepared statement, like the confirmation). A failure here does not undo or
 * fail the confirmation, which has already counted: the next confirmation or save of the letter
 * records the crossing, so it is logged (by kind, never the message) and not thrown.
 */
export async function recordCrossingsAfterConfirmation(letter: {
  id: string;
  slug: string;
}): Promise<RecordedCrossing[]> {
  try {
    const crossed = await runSigningStatement<RecordedCrossing>(
      "vigil-threshold-crossings",
      thresholdCrossingStatement(letter),
    );
    // The page shows when each threshold was reached: its cached read is stale now.
    if (crossed.length > 0) revalidateContent(cacheTags.letter(letter.id));
    return crossed;
  } catch (error) {
    console.error(
      `[letters] Threshold check after a confirmation failed (${describeError(error)}); the next confirmation records it.`,
    );
    return [];
  }
}

/** After a save of the letter (thresholds added or lowered below the count): the same check. */
export async function recordThresholdCrossings(letter: {
  id: string;
  slug: string;
}): Promise<RecordedCrossing[]> {
  const crossed = await prisma.$queryRaw<RecordedCrossing[]>(thresholdCrossingStatement(letter));
  if (crossed.length > 0) revalidateContent(cacheTags.letter(letter.id));
  return crossed;
}

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return "unknown";
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? `${error.name} ${code}` : error.name;
}
