import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { cacheTags, cachedRead } from "@/lib/data/cache";
import { publishedPrisonerWhere } from "@/lib/data/prisoners";
import { getConfirmedSignatureCounts } from "@/lib/data/signature-counts";
import type { Locale } from "@/lib/i18n/routing";
import type { PrisonerProfileDto } from "./dto-types";
import { toPrisonerProfileDto } from "./dto";
import { toProfileRecord } from "./record";
import type { PrisonerProfileRecord } from "./record-types";
import { previewSelect, profileSelect, type ProfileRow } from "./select";

/** The reads of a profile: the cached public one and the dashboard preview's (see ./index.ts). */

async function readProfileRecord(id: string): Promise<PrisonerProfileRecord | null> {
  return readProfileRecordWhere({ ...publishedPrisonerWhere, id });
}

async function readProfileRecordWhere(
  where: Prisma.PrisonerWhereInput,
  select: typeof profileSelect | typeof previewSelect = profileSelect,
): Promise<PrisonerProfileRecord | null> {
  const row: ProfileRow | null = await prisma.prisoner.findFirst({ where, select });
  if (!row) return null;
  const letterIds = row.letters.map(({ letter }) => letter.id);
  return toProfileRecord(row, await getConfirmedSignatureCounts(letterIds));
}

async function readPublishedPrisonerId(slug: string): Promise<string | null> {
  const row = await prisma.prisoner.findFirst({
    where: { ...publishedPrisonerWhere, slug },
    select: { id: true },
  });
  return row?.id ?? null;
}

const cachedPrisonerId = cachedRead("prisoner-profile-id", readPublishedPrisonerId, () => [
  cacheTags.prisoners,
]);

// The key names the record's shape: entries cached in an older shape (the data cache outlives
// builds, see lib/cache/README.md) are not read back as this one. "-2": the detention history.
const cachedProfileRecord = cachedRead("prisoner-profile-2", readProfileRecord, (id) => [
  cacheTags.prisoner(id),
  cacheTags.letters,
  cacheTags.publications,
  cacheTags.countries,
  cacheTags.reference,
]);

/**
 * The record of a profile in any state, read afresh (never cached), for the dashboard's preview:
 * the same redactions and mapping as the public page, without the published filter on the profile
 * itself nor on its own timeline events (see previewSelect). The caller authorises: only staff may
 * see an unpublished profile.
 */
export async function readPrisonerProfileRecordForPreview(
  id: string,
): Promise<PrisonerProfileRecord | null> {
  return readProfileRecordWhere({ id }, previewSelect);
}

/**
 * A published profile for one locale, or null for an unknown or unpublished slug (the page
 * answers 404). Served from the cache; see ./index.ts.
 */
export async function getPublishedPrisonerProfile(
  slug: string,
  locale: Locale,
): Promise<PrisonerProfileDto | null> {
  const id = await cachedPrisonerId(slug);
  if (!id) return null;
  const record = await cachedProfileRecord(id);
  return record ? toPrisonerProfileDto(record, locale) : null;
}
