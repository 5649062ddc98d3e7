import "server-only";
import { prisma } from "@/lib/db";
import { toPrisonerProfileDto } from "@/lib/data/prisoner-profile";
import { toProfileRecord } from "@/lib/data/prisoner-profile/record";
import { profileSelect, type ProfileRow } from "@/lib/data/prisoner-profile/select";
import { publishedPrisonerWhere } from "@/lib/data/prisoners";
import { getConfirmedSignatureCounts } from "@/lib/data/signature-counts";
import { routing } from "@/lib/i18n/routing";
import type { ProfileByLocale } from "./dataset-tables";

/** Profiles read per query: a batch's rows, records and DTOs are all that is held at once. */
export const PROFILE_BATCH_SIZE = 100;

/**
 * Every PUBLISHED profile as the public DTO of each locale, in order of slug, read in keyset
 * batches (slug > the last one read) so that 100,000 profiles never sit in memory together.
 *
 * The same read as the profile page and `GET /api/v1/prisoners/{slug}` (lib/data/prisoner-profile:
 * its select, its record with the redactions applied, its DTO), batched and uncached: a daily
 * snapshot has no use for the page cache and would only flood it. There is no second mapping.
 */
export async function* publishedProfiles(
  batchSize = PROFILE_BATCH_SIZE,
): AsyncGenerator<ProfileByLocale[]> {
  let after: string | null = null;
  for (;;) {
    const rows: ProfileRow[] = await prisma.prisoner.findMany({
      where: { ...publishedPrisonerWhere, ...(after === null ? {} : { slug: { gt: after } }) },
      select: profileSelect,
      orderBy: { slug: "asc" },
      take: batchSize,
    });
    if (rows.length === 0) return;
    const counts = await getConfirmedSignatureCounts(
      rows.flatMap((row) => row.letters.map(({ letter }) => letter.id)),
    );
    yield rows.map((row) => {
      const record = toProfileRecord(row, counts);
      return Object.fromEntries(
        routing.locales.map((locale) => [locale, toPrisonerProfileDto(record, locale)]),
      ) as ProfileByLocale;
    });
    after = rows[rows.length - 1]!.slug;
    if (rows.length < batchSize) return;
  }
}
