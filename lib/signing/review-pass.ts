import "server-only";
import { prisma } from "@/lib/db";
import {
  BURST_FROM_IP_THRESHOLD,
  BURST_FROM_NETWORK_THRESHOLD,
  BURST_WINDOW_MINUTES,
} from "@/lib/signing/insert-flags";

/**
 * The fraud checks that compare many signatures, run over one letter when staff open its flagged
 * signatures (listFlaggedSignatures), i.e. exactly when their result is looked at, and never on
 * the signing path:
 *
 * - bursts, looked at both ways: the INSERT flags a signature that arrives after a burst began;
 *   this pass also flags the first signatures of the burst, which came before it was one;
 * - address patterns: many signatures whose addresses share a "stem", the local part without
 *   trailing digits and separators plus the domain ("anna.k1977@x.org" and "anna.k2041@x.org"
 *   share "anna.k@x.org"), which generated addresses do.
 *
 * Flags are only added (each at most once), never removed; anonymised signatures are skipped.
 */

/** Distinct addresses on one stem in one letter from which all of them are flagged. */
export const ADDRESS_PATTERN_THRESHOLD = 5;

export async function runReviewPass(letterId: string): Promise<void> {
  const window = `${BURST_WINDOW_MINUTES} minutes`;
  await prisma.$executeRaw`
    WITH windowed AS (
      SELECT "id",
        count(*) OVER (PARTITION BY "ipHash" ORDER BY "createdAt"
          RANGE BETWEEN ${window}::interval PRECEDING AND ${window}::interval FOLLOWING) AS n
      FROM "Signature"
      WHERE "letterId" = ${letterId} AND "ipHash" IS NOT NULL
    )
    UPDATE "Signature" AS s
    SET "flags" = array_append(coalesce(s."flags", '{}'), 'BURST_FROM_IP')
    FROM windowed
    WHERE s."id" = windowed."id" AND windowed.n > ${BURST_FROM_IP_THRESHOLD}
      AND NOT ('BURST_FROM_IP' = ANY(coalesce(s."flags", '{}')))`;
  await prisma.$executeRaw`
    WITH windowed AS (
      SELECT "id",
        count(*) OVER (PARTITION BY "networkHash" ORDER BY "createdAt"
          RANGE BETWEEN ${window}::interval PRECEDING AND ${window}::interval FOLLOWING) AS n
      FROM "Signature"
      WHERE "letterId" = ${letterId} AND "networkHash" IS NOT NULL
    )
    UPDATE "Signature" AS s
    SET "flags" = array_append(coalesce(s."flags", '{}'), 'BURST_FROM_NETWORK')
    FROM windowed
    WHERE s."id" = windowed."id" AND windowed.n > ${BURST_FROM_NETWORK_THRESHOLD}
      AND NOT ('BURST_FROM_NETWORK' = ANY(coalesce(s."flags", '{}')))`;
  await prisma.$executeRaw`
    WITH stems AS (
      SELECT "id",
        regexp_replace(split_part("emailKey", '@', 1), '[0-9._-]+$', '')
          || '@' || split_part("emailKey", '@', 2) AS stem
      FROM "Signature"
      WHERE "letterId" = ${letterId} AND "anonymisedAt" IS NULL
    ),
    crowded AS (
      SELECT stem FROM stems GROUP BY stem HAVING count(*) >= ${ADDRESS_PATTERN_THRESHOLD}
    )
    UPDATE "Signature" AS s
    SET "flags" = array_append(coalesce(s."flags", '{}'), 'ADDRESS_PATTERN')
    FROM stems JOIN crowded ON crowded.stem = stems.stem
    WHERE s."id" = stems."id" AND NOT ('ADDRESS_PATTERN' = ANY(coalesce(s."flags", '{}')))`;
}
