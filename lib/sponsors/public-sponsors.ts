import "server-only";
import { cacheTags, cachedRead } from "@/lib/data/cache";
import { toCalendarDate, type CalendarDate } from "@/lib/data/calendar-date";
import { publishedPrisonerWhere } from "@/lib/data/prisoners";
import { prisma } from "@/lib/db";
import { resolveLocalizedText, type ResolvedText } from "@/lib/i18n/resolved-text";
import type { Locale } from "@/lib/i18n/routing";

/**
 * The sponsors a public profile shows ("Sponsored by …, Member of the European Parliament"):
 * PUBLISHED sponsorships whose notable signatory is still verified, of a published profile.
 * Name, office (localised), country and since-date only: the alert address never leaves staff
 * pages. Cached by prisoner id under `prisoner:<id>` (sponsor writes revalidate it) and `letters`
 * (withdrawing a signatory's verification revalidates that), after a slug → id step cached under
 * `prisoners`.
 */

export interface PublicSponsorDto {
  name: string;
  office: ResolvedText | null;
  countryCode: string | null;
  since: CalendarDate;
}

interface SponsorRecord {
  name: string;
  office: unknown;
  countryCode: string | null;
  since: string;
}

async function readPublishedPrisonerId(slug: string): Promise<string | null> {
  const row = await prisma.prisoner.findFirst({
    where: { ...publishedPrisonerWhere, slug },
    select: { id: true },
  });
  return row?.id ?? null;
}

async function readSponsors(prisonerId: string): Promise<SponsorRecord[]> {
  const rows = await prisma.prisonerSponsor.findMany({
    where: {
      prisonerId,
      state: "PUBLISHED",
      prisoner: publishedPrisonerWhere,
      signatory: { verifiedAt: { not: null } },
    },
    orderBy: [{ since: "asc" }, { id: "asc" }],
    select: {
      since: true,
      signatory: { select: { name: true, office: true, countryCode: true } },
    },
  });
  return rows.map((row) => ({
    name: row.signatory.name,
    office: row.signatory.office,
    countryCode: row.signatory.countryCode,
    since: row.since.toISOString().slice(0, 10),
  }));
}

const cachedPrisonerId = cachedRead("sponsors-prisoner-id", readPublishedPrisonerId, () => [
  cacheTags.prisoners,
]);

const cachedSponsors = cachedRead("prisoner-sponsors-1", readSponsors, (prisonerId) => [
  cacheTags.prisoner(prisonerId),
  cacheTags.letters,
]);

export async function getPublicPrisonerSponsors(
  slug: string,
  locale: Locale,
): Promise<PublicSponsorDto[]> {
  const id = await cachedPrisonerId(slug);
  if (!id) return [];
  const records = await cachedSponsors(id);
  return records.map((record) => ({
    name: record.name,
    office: resolveLocalizedText(record.office, locale),
    countryCode: record.countryCode,
    since: toCalendarDate(new Date(`${record.since}T00:00:00Z`))!,
  }));
}
