import "server-only";
import {
  toLinkedCountries,
  toLinkedPrisoner,
  type LinkedCountryDto,
  type LinkedPrisonerDto,
} from "@/lib/data/linked-items";
import { prisma } from "@/lib/db";
import { Prisma, type PublicationType } from "@/lib/generated/prisma/client";
import { cachedRead, cacheTags } from "@/lib/data/cache";
import { publishedPrisonerWhere } from "@/lib/data/prisoners";
import {
  newestPublicationsFirst,
  publicationListSelect,
  publishedPublicationWhere,
  toPublicationListItem,
  type PublicationListItemDto,
} from "@/lib/data/publications";
import type { Locale } from "@/lib/i18n/routing";
import type { PublicationFilters } from "@/lib/validation/publication-filters";

/**
 * The public sections' lists (/news, /reports): one filtered page of a section's publications,
 * and the values its filters offer.
 */

export const PUBLICATIONS_PAGE_SIZE = 20;

export interface PublicationFilterOptionsDto {
  countries: LinkedCountryDto[];
  prisoners: LinkedPrisonerDto[];
  /** Years that occur among the dated publications, newest first. */
  years: number[];
}

export interface PublicationPageDto {
  items: PublicationListItemDto[];
  total: number;
  page: number;
  pageCount: number;
}

/** The where clause of a filtered list; a type outside the section's types matches nothing. */
function filteredWhere(
  types: readonly PublicationType[],
  filters: PublicationFilters,
): Prisma.PublicationWhereInput {
  const type = filters.type;
  return {
    ...publishedPublicationWhere,
    type: type ? { in: types.includes(type) ? [type] : [] } : { in: [...types] },
    ...(filters.country ? { countries: { some: { countryCode: filters.country } } } : {}),
    ...(filters.prisoner
      ? {
          prisoners: {
            some: { prisoner: { ...publishedPrisonerWhere, slug: filters.prisoner } },
          },
        }
      : {}),
    ...(filters.year !== undefined
      ? {
          publishedOn: {
            gte: new Date(Date.UTC(filters.year, 0, 1)),
            lt: new Date(Date.UTC(filters.year + 1, 0, 1)),
          },
        }
      : {}),
  };
}

/**
 * One page of a section's publications (news: NEWS and STATEMENT; reports: REPORT) matching the
 * filters, newest first, with the total for paging.
 */
export const searchPublishedPublications = cachedRead(
  "publications.search",
  async (options: {
    locale: Locale;
    types: readonly PublicationType[];
    filters: PublicationFilters;
    page: number;
  }): Promise<PublicationPageDto> => {
    const where = filteredWhere(options.types, options.filters);
    const page = Math.max(1, options.page);
    const [total, rows] = await Promise.all([
      prisma.publication.count({ where }),
      prisma.publication.findMany({
        where,
        select: publicationListSelect,
        orderBy: [...newestPublicationsFirst],
        skip: (page - 1) * PUBLICATIONS_PAGE_SIZE,
        take: PUBLICATIONS_PAGE_SIZE,
      }),
    ]);
    return {
      items: rows.map((row) => toPublicationListItem(row, options.locale)),
      total,
      page,
      pageCount: Math.max(1, Math.ceil(total / PUBLICATIONS_PAGE_SIZE)),
    };
  },
  () => [cacheTags.publications, cacheTags.prisoners],
);

/**
 * The values the filters of a section offer: only countries, prisoners and years that occur
 * among its published publications, so that no choice leads to an empty list by itself.
 */
export const getPublicationFilterOptions = cachedRead(
  "publications.filter-options",
  async (options: {
    locale: Locale;
    types: readonly PublicationType[];
  }): Promise<PublicationFilterOptionsDto> => {
    const inSection = {
      ...publishedPublicationWhere,
      type: { in: [...options.types] },
    } satisfies Prisma.PublicationWhereInput;
    const [countries, prisoners, years] = await Promise.all([
      prisma.country.findMany({
        where: { publications: { some: { publication: inSection } } },
        select: { code: true, name: true },
      }),
      prisma.prisoner.findMany({
        where: { ...publishedPrisonerWhere, publications: { some: { publication: inSection } } },
        select: { slug: true, name: true },
        orderBy: [{ sortName: "asc" }, { slug: "asc" }],
      }),
      // Comparing the enum as text keeps the statement free of a cast to the enum type.
      prisma.$queryRaw<{ year: number }[]>`
        SELECT DISTINCT EXTRACT(YEAR FROM "publishedOn")::int AS year
        FROM "Publication"
        WHERE state = 'PUBLISHED'
          AND "publishedOn" IS NOT NULL
          AND type::text IN (${Prisma.join([...options.types])})
        ORDER BY year DESC`,
    ]);
    return {
      countries: toLinkedCountries(countries, options.locale),
      prisoners: prisoners.map((prisoner) => ({
        ...toLinkedPrisoner(prisoner, options.locale),
      })),
      years: years.map((row) => row.year),
    };
  },
  () => [cacheTags.publications, cacheTags.prisoners, cacheTags.countries],
);
