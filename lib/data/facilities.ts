import "server-only";
import { prisma } from "@/lib/db";
import type { FacilityKind, Prisma } from "@/lib/generated/prisma/client";
import { cachedRead, cacheTags } from "@/lib/data/cache";
import {
  toLinkedPrisoner,
  type LinkedCountryDto,
  type LinkedPrisonerDto,
} from "@/lib/data/linked-items";
import { notWithheldWhere, publishedPrisonerWhere } from "@/lib/data/prisoners";
import {
  resolveLocalizedText,
  resolveLocalizedTextOr,
  type ResolvedText,
} from "@/lib/i18n/resolved-text";
import type { Locale } from "@/lib/i18n/routing";

/**
 * Places of detention as the public profiles show them. A facility is public when a published
 * profile's detention history names it (lib/data/prisoner-profile/record.ts): a profile whose
 * "detentions" are withheld names none, so a facility known only from withheld or unpublished
 * records is not listed, and is not counted.
 *
 * The postal address is the facility's own, but a profile shows it only for a current detention
 * whose `addressPublic` is set and whose "facilityAddress" is not withheld (some families ask not
 * to publish where their relative can be written to). So it is shown here on the same terms: when
 * at least one published profile shows it; otherwise a facility with one prisoner would hand out
 * the address that prisoner's profile withholds.
 */

export interface FacilityDto {
  /** Stable identifier. */
  slug: string;
  name: ResolvedText;
  kind: FacilityKind;
  /** The facility's country (not necessarily that of the people held there). */
  country: LinkedCountryDto;
  region: ResolvedText | null;
  /** As written on an envelope; null unless a published profile shows it. */
  postalAddress: string | null;
  addressNotes: ResolvedText | null;
  /** Current stays here that published profiles show (one per person but for a slip in the record). */
  detainedNow: number;
}

export interface FacilityDetailDto extends FacilityDto {
  /** Those profiles, by name. */
  prisonersNow: LinkedPrisonerDto[];
}

/** A detention a published profile shows in its history. */
const publicDetentionWhere = {
  prisoner: { ...publishedPrisonerWhere, ...notWithheldWhere("detentions") },
} satisfies Prisma.DetentionWhereInput;

const currentPublicDetentionWhere = {
  ...publicDetentionWhere,
  endedOn: null,
} satisfies Prisma.DetentionWhereInput;

/** A current detention whose profile shows the facility's postal address. */
const addressShownWhere = {
  endedOn: null,
  addressPublic: true,
  prisoner: { ...publishedPrisonerWhere, ...notWithheldWhere("detentions", "facilityAddress") },
} satisfies Prisma.DetentionWhereInput;

const facilitySelect = {
  id: true,
  slug: true,
  name: true,
  kind: true,
  region: true,
  postalAddress: true,
  addressNotes: true,
  country: { select: { code: true, name: true } },
  _count: { select: { detentions: { where: currentPublicDetentionWhere } } },
} as const satisfies Prisma.FacilitySelect;

type FacilityRow = Prisma.FacilityGetPayload<{ select: typeof facilitySelect }>;

function toFacilityDto(row: FacilityRow, addressShown: boolean, locale: Locale): FacilityDto {
  return {
    slug: row.slug,
    name: resolveLocalizedTextOr(row.name, locale, row.slug),
    kind: row.kind,
    country: {
      code: row.country.code,
      name: resolveLocalizedTextOr(row.country.name, locale, row.country.code),
    },
    region: resolveLocalizedText(row.region, locale),
    postalAddress: addressShown ? row.postalAddress : null,
    addressNotes: addressShown ? resolveLocalizedText(row.addressNotes, locale) : null,
    detainedNow: row._count.detentions,
  };
}

/** The ids among `ids` of facilities whose address a published profile shows. */
async function facilitiesWithAddressShown(ids: string[]): Promise<Set<string>> {
  const rows = await prisma.facility.findMany({
    where: { id: { in: ids }, detentions: { some: addressShownWhere } },
    select: { id: true },
  });
  return new Set(rows.map((row) => row.id));
}

/** Public facilities, by country then slug; only those in `countryCode` when it is given. */
export const listPublicFacilities = cachedRead(
  "facilities.list",
  async (options: { locale: Locale; countryCode?: string }): Promise<FacilityDto[]> => {
    const rows = await prisma.facility.findMany({
      where: {
        detentions: { some: publicDetentionWhere },
        ...(options.countryCode ? { countryCode: options.countryCode } : {}),
      },
      select: facilitySelect,
      orderBy: [{ countryCode: "asc" }, { slug: "asc" }],
    });
    const shown = await facilitiesWithAddressShown(rows.map((row) => row.id));
    return rows.map((row) => toFacilityDto(row, shown.has(row.id), options.locale));
  },
  () => [cacheTags.prisoners, cacheTags.reference, cacheTags.countries],
);

/** One public facility with the profiles held there now, or null (the API answers 404). */
export const getPublicFacilityBySlug = cachedRead(
  "facilities.detail",
  async (slug: string, locale: Locale): Promise<FacilityDetailDto | null> => {
    const row = await prisma.facility.findFirst({
      where: { slug, detentions: { some: publicDetentionWhere } },
      select: {
        ...facilitySelect,
        detentions: {
          where: currentPublicDetentionWhere,
          select: { prisoner: { select: { slug: true, name: true, sortName: true } } },
          orderBy: [{ prisoner: { sortName: "asc" } }, { prisoner: { slug: "asc" } }],
        },
      },
    });
    if (!row) return null;
    const shown = await facilitiesWithAddressShown([row.id]);
    const seen = new Set<string>();
    return {
      ...toFacilityDto(row, shown.has(row.id), locale),
      // Two open stays of one person (a data slip) name them once.
      prisonersNow: row.detentions
        .filter(({ prisoner }) => !seen.has(prisoner.slug) && seen.add(prisoner.slug))
        .map(({ prisoner }) => toLinkedPrisoner(prisoner, locale)),
    };
  },
  () => [cacheTags.prisoners, cacheTags.reference, cacheTags.countries],
);
