import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PrisonerStatus } from "@/lib/generated/prisma/enums";
import { cachedRead, cacheTags } from "@/lib/data/cache";
import { listPublicLetters, publicLetterWhere, type LetterListItemDto } from "@/lib/data/letters";
import { DETAINED_STATUSES, isDetainedStatus } from "@/lib/content-model/prisoner-status";
import { notWithheldWhere, publishedPrisonerWhere } from "@/lib/data/prisoners";
import { byLocalizedName, toLinkedPrisoner } from "@/lib/data/linked-items";
import {
  listPublishedPublications,
  publishedPublicationWhere,
  type PublicationListItemDto,
} from "@/lib/data/publications";
import { resolveLocalizedTextOr, type ResolvedText } from "@/lib/i18n/resolved-text";
import type { Locale } from "@/lib/i18n/routing";

/**
 * Published prisoners whose country may be shown. A profile whose editors withheld the country
 * counts for no country, and is listed under none: a list of one country's prisoners would
 * disclose it.
 */
export const countryVisiblePrisonerWhere = {
  ...publishedPrisonerWhere,
  ...notWithheldWhere("country", "countryCode"),
} as const satisfies Prisma.PrisonerWhereInput;

const STATUS_ORDER = Object.values(PrisonerStatus);

/** How many profiles a country page lists; the directory (filtered by country) has the rest. */
export const COUNTRY_PRISONERS_SHOWN = 48;
const COUNTRY_PUBLICATIONS_SHOWN = 6;
const COUNTRY_LETTERS_SHOWN = 6;

export interface CountryFiguresDto {
  /** Published profiles. */
  documented: number;
  /** Of those, deprived of liberty now (DETAINED_STATUSES). */
  detained: number;
}

export interface CountrySummaryDto extends CountryFiguresDto {
  /** ISO code, upper case ("KZ"); the page URL uses it in lower case. */
  code: string;
  name: ResolvedText;
}

export interface CountryPrisonerDto {
  slug: string;
  name: ResolvedText;
  /** Null when withheld on the profile. */
  status: PrisonerStatus | null;
}

export interface CountryOverviewDto extends CountrySummaryDto {
  /** Published profiles per status (withheld statuses left out), in the order of the PrisonerStatus enum (detained first). */
  byStatus: { status: PrisonerStatus; count: number }[];
  /** The first profiles in alphabetical order (at most COUNTRY_PRISONERS_SHOWN). */
  prisoners: CountryPrisonerDto[];
  latestPublications: PublicationListItemDto[];
  letters: LetterListItemDto[];
}

/** A condition on published prisoners: their status may be shown (and counted). */
export const statusVisibleWhere = notWithheldWhere("status");

/**
 * Countries with at least one published prisoner, with their figures, in alphabetical order of
 * the page's language. Two GROUP BY queries, whatever the number of prisoners.
 */
export const listCountriesWithPrisoners = cachedRead(
  "countries.list",
  async (locale: Locale): Promise<CountrySummaryDto[]> => {
    const [documented, detained] = await Promise.all([
      prisma.prisoner.groupBy({
        by: ["countryCode"],
        where: countryVisiblePrisonerWhere,
        _count: { _all: true },
      }),
      prisma.prisoner.groupBy({
        by: ["countryCode"],
        where: {
          AND: [countryVisiblePrisonerWhere, statusVisibleWhere],
          status: { in: [...DETAINED_STATUSES] },
        },
        _count: { _all: true },
      }),
    ]);
    const detainedBy = new Map(detained.map((row) => [row.countryCode, row._count._all]));
    const countries = await prisma.country.findMany({
      where: { code: { in: documented.map((row) => row.countryCode) } },
      select: { code: true, name: true },
    });
    const names = new Map(countries.map((country) => [country.code, country.name]));
    return documented
      .map((row) => ({
        code: row.countryCode,
        name: resolveLocalizedTextOr(names.get(row.countryCode), locale, row.countryCode),
        documented: row._count._all,
        detained: detainedBy.get(row.countryCode) ?? 0,
      }))
      .sort(byLocalizedName(locale));
  },
  () => [cacheTags.prisoners, cacheTags.countries],
);

/**
 * A country's page: figures, its first prisoners, latest publications and letters. Null for an
 * unknown code, and for a country nothing public refers to (reference rows such as a signatory's
 * country have no page).
 */
export const getCountryOverview = cachedRead(
  "countries.overview",
  async (code: string, locale: Locale): Promise<CountryOverviewDto | null> => {
    const countryCode = code.toUpperCase();
    const country = await prisma.country.findUnique({
      where: { code: countryCode },
      select: { code: true, name: true },
    });
    if (!country) return null;

    const inCountry = { ...countryVisiblePrisonerWhere, countryCode };
    const [documented, byStatus, prisoners, publicationCount, letterCount] = await Promise.all([
      prisma.prisoner.count({ where: inCountry }),
      prisma.prisoner.groupBy({
        by: ["status"],
        where: { AND: [inCountry, statusVisibleWhere] },
        _count: { _all: true },
      }),
      prisma.prisoner.findMany({
        where: inCountry,
        select: { slug: true, name: true, status: true, redactedFields: true },
        orderBy: [{ sortName: "asc" }, { slug: "asc" }],
        take: COUNTRY_PRISONERS_SHOWN,
      }),
      prisma.publication.count({
        where: { ...publishedPublicationWhere, countries: { some: { countryCode } } },
      }),
      prisma.letter.count({
        where: { ...publicLetterWhere, countries: { some: { countryCode } } },
      }),
    ]);
    if (documented + publicationCount + letterCount === 0) return null;

    const [latestPublications, letters] = await Promise.all([
      publicationCount > 0
        ? listPublishedPublications({ locale, countryCode, limit: COUNTRY_PUBLICATIONS_SHOWN })
        : [],
      letterCount > 0
        ? listPublicLetters({ locale, countryCode, limit: COUNTRY_LETTERS_SHOWN })
        : [],
    ]);
    return {
      code: country.code,
      name: resolveLocalizedTextOr(country.name, locale, country.code),
      documented,
      detained: byStatus
        .filter((row) => isDetainedStatus(row.status))
        .reduce((sum, row) => sum + row._count._all, 0),
      byStatus: byStatus
        .map((row) => ({ status: row.status, count: row._count._all }))
        .sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status)),
      prisoners: prisoners.map((prisoner) => ({
        ...toLinkedPrisoner(prisoner, locale),
        status: prisoner.redactedFields.includes("status") ? null : prisoner.status,
      })),
      latestPublications,
      letters,
    };
  },
  () => [cacheTags.prisoners, cacheTags.countries, cacheTags.publications, cacheTags.letters],
);
