import "server-only";
import { prisma } from "@/lib/db";
import { cachedRead, cacheTags } from "@/lib/data/cache";
import type { Locale } from "@/lib/i18n/routing";
import {
  bucketSignatures,
  type HourlyCount,
  type SignatureBucket,
} from "@/lib/letter-answers/signature-buckets";
import { groupCountryCounts, type GroupedCountryCounts } from "@/lib/letter-answers/country-counts";

export interface LetterSignatureStatisticsDto extends GroupedCountryCounts {
  /** Confirmed signatures over time (signature-buckets.ts). */
  buckets: SignatureBucket[];
}

async function readStatistics(
  letterId: string,
  locale: Locale,
  until: string,
): Promise<LetterSignatureStatisticsDto> {
  const [hourly, countries] = await Promise.all([
    prisma.$queryRaw<HourlyCount[]>`
      SELECT date_trunc('hour', "confirmedAt") AS "hour", count(*)::int AS "count"
      FROM "Signature"
      WHERE "letterId" = ${letterId} AND "status" = 'CONFIRMED' AND "confirmedAt" IS NOT NULL
      GROUP BY 1 ORDER BY 1`,
    prisma.$queryRaw<{ countryCode: string; count: number }[]>`
      SELECT "countryCode", count(*)::int AS "count"
      FROM "Signature"
      WHERE "letterId" = ${letterId} AND "status" = 'CONFIRMED'
      GROUP BY 1`,
  ]);
  return {
    buckets: bucketSignatures(hourly, new Date(until)),
    ...groupCountryCounts(countries, locale),
  };
}

const cachedStatistics = cachedRead(
  "letters.signature-statistics",
  readStatistics,
  (letterId) => [cacheTags.letters, cacheTags.letter(letterId)],
  { maxAgeSeconds: 300 },
);

/**
 * A petition's signatures over time and by country, for its public page. Cached with the
 * letter's tags (a confirmation refreshes them with the lists, at most every 30 s: count-refresh)
 * and for at most 5 minutes; `until` is rounded to the hour so that the key changes hourly.
 */
export function getLetterSignatureStatistics(
  letterId: string,
  locale: Locale,
  closedAt: Date | null,
): Promise<LetterSignatureStatisticsDto> {
  const now = Date.now();
  const end = closedAt && closedAt.getTime() < now ? closedAt.getTime() : now;
  const until = new Date(Math.floor(end / 3_600_000) * 3_600_000).toISOString();
  return cachedStatistics(letterId, locale, until);
}
