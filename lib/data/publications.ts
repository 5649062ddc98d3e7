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
import { toCalendarDate, type CalendarDate } from "@/lib/data/calendar-date";
import { publishedPrisonerWhere } from "@/lib/data/prisoners";
import {
  resolveLocalizedRichText,
  resolveLocalizedText,
  resolveLocalizedTextOr,
  type LocalizedRichText,
  type LocalizedString,
} from "@/lib/i18n/localized-text";
import type { Locale } from "@/lib/i18n/routing";
import {
  mediaFilename,
  mediaHref,
  SERVABLE_FILE_SELECT,
  toServableFile,
  type MediaKind,
} from "@/lib/storage/media-files";
import type { PublicationFilters } from "@/lib/validation/publication-filters";

/** The only publications the public may see. */
export const publishedPublicationWhere = {
  state: "PUBLISHED",
} as const satisfies Prisma.PublicationWhereInput;

export const PUBLICATIONS_PAGE_SIZE = 20;

/**
 * The two public sections publications live in. Statements of the foundation appear with the
 * news: they are short, dated updates, and readers look for them there.
 */
export const publicationSections = {
  news: { path: "/news", types: ["NEWS", "STATEMENT"] },
  reports: { path: "/reports", types: ["REPORT"] },
} as const satisfies Record<string, { path: string; types: readonly PublicationType[] }>;

export type PublicationSection = keyof typeof publicationSections;

/** Path (without locale) of a publication's page, in the section of its type. */
export function publicationPath(publication: { type: PublicationType; slug: string }): string {
  const section = publication.type === "REPORT" ? "reports" : "news";
  return `${publicationSections[section].path}/${publication.slug}`;
}

export interface PublicationListItemDto {
  slug: string;
  type: PublicationType;
  title: LocalizedString;
  summary: LocalizedString | null;
  publishedOn: CalendarDate | null;
}

/** A downloadable file of a publication (the PDF of a report). */
export interface PublicationAttachmentDto {
  id: string;
  /** The editor's title, or null (the page shows the file name). */
  title: LocalizedString | null;
  filename: string;
  kind: MediaKind;
  mimeType: string;
  byteSize: number;
  href: string;
}

export interface PublicationCoverDto {
  href: string;
  alt: LocalizedString | null;
  width: number | null;
  height: number | null;
  credit: string | null;
}

export interface PublicationDto extends PublicationListItemDto {
  body: LocalizedRichText | null;
  cover: PublicationCoverDto | null;
  attachments: PublicationAttachmentDto[];
  prisoners: LinkedPrisonerDto[];
  countries: LinkedCountryDto[];
}

export interface PublicationPageDto {
  items: PublicationListItemDto[];
  total: number;
  page: number;
  pageCount: number;
}

export interface PublicationFilterOptionsDto {
  countries: LinkedCountryDto[];
  prisoners: LinkedPrisonerDto[];
  /** Years that occur among the dated publications, newest first. */
  years: number[];
}

const listSelect = {
  slug: true,
  type: true,
  title: true,
  summary: true,
  publishedOn: true,
} as const satisfies Prisma.PublicationSelect;

type ListRow = Prisma.PublicationGetPayload<{ select: typeof listSelect }>;

// Newest first; undated archive items last, then the most recently published.
const newestFirst = [
  { publishedOn: { sort: "desc", nulls: "last" } },
  { publishedAt: "desc" },
  { slug: "asc" },
] as const satisfies Prisma.PublicationOrderByWithRelationInput[];

function toListItem(row: ListRow, locale: Locale): PublicationListItemDto {
  return {
    slug: row.slug,
    type: row.type,
    // A title is required on save; the slug only stands in for a row that lost it.
    title: resolveLocalizedTextOr(row.title, locale, row.slug),
    summary: resolveLocalizedText(row.summary, locale),
    publishedOn: toCalendarDate(row.publishedOn),
  };
}

// ── Lists ──────────────────────────────────────────────────────────────────────────────────────

/** Published publications, newest first; all types unless `types` is given. */
export const listPublishedPublications = cachedRead(
  "publications.list",
  async (options: {
    locale: Locale;
    types?: readonly PublicationType[];
    countryCode?: string;
    limit?: number;
  }): Promise<PublicationListItemDto[]> => {
    const rows = await prisma.publication.findMany({
      where: {
        ...publishedPublicationWhere,
        ...(options.types ? { type: { in: [...options.types] } } : {}),
        ...(options.countryCode
          ? { countries: { some: { countryCode: options.countryCode } } }
          : {}),
      },
      select: listSelect,
      orderBy: [...newestFirst],
      take: options.limit ?? 100,
    });
    return rows.map((row) => toListItem(row, options.locale));
  },
  () => [cacheTags.publications],
);

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
        select: listSelect,
        orderBy: [...newestFirst],
        skip: (page - 1) * PUBLICATIONS_PAGE_SIZE,
        take: PUBLICATIONS_PAGE_SIZE,
      }),
    ]);
    return {
      items: rows.map((row) => toListItem(row, options.locale)),
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

// ── One publication ────────────────────────────────────────────────────────────────────────────

const assetSelect = {
  id: true,
  kind: true,
  mimeType: true,
  byteSize: true,
  width: true,
  height: true,
  alt: true,
  credit: true,
  originalFilename: true,
} as const satisfies Prisma.MediaAssetSelect;

/** What a publication's page shows; the dashboard's preview selects the same. */
export const publicationPageSelect = {
  ...listSelect,
  body: true,
  coverImage: { select: assetSelect },
  attachments: {
    select: { id: true, title: true, asset: { select: assetSelect } },
    orderBy: [{ position: "asc" }, { id: "asc" }],
  },
  // Linked prisoners are listed only when their profile is published, also in the preview.
  prisoners: {
    where: { prisoner: publishedPrisonerWhere },
    select: { prisoner: { select: { slug: true, name: true, sortName: true } } },
    orderBy: { prisoner: { sortName: "asc" } },
  },
  countries: { select: { country: { select: { code: true, name: true } } } },
} as const satisfies Prisma.PublicationSelect;

export type PublicationPageRow = Prisma.PublicationGetPayload<{
  select: typeof publicationPageSelect;
}>;

/** Where a reader fetches one of the page's files. */
export type PublicationFileHref = (file: { id: string; filename: string }) => string;

/**
 * The page DTO of a publication. `fileHref` is the only thing that differs between the public
 * page and the staff preview: a draft's files are served only through the staff media route.
 */
export function toPublicationDto(
  row: PublicationPageRow,
  locale: Locale,
  fileHref: PublicationFileHref,
): PublicationDto {
  const cover = row.coverImage;
  return {
    ...toListItem(row, locale),
    body: resolveLocalizedRichText(row.body, locale),
    cover:
      cover && cover.kind === "IMAGE"
        ? {
            href: fileHref({ id: cover.id, filename: mediaFilename(cover) }),
            alt: resolveLocalizedText(cover.alt, locale),
            width: cover.width,
            height: cover.height,
            credit: cover.credit,
          }
        : null,
    attachments: row.attachments.map(({ title, asset }) => {
      const filename = mediaFilename(asset);
      return {
        id: asset.id,
        title: resolveLocalizedText(title, locale),
        kind: asset.kind,
        mimeType: asset.mimeType,
        byteSize: asset.byteSize,
        filename,
        href: fileHref({ id: asset.id, filename }),
      };
    }),
    prisoners: row.prisoners.map(({ prisoner }) => toLinkedPrisoner(prisoner, locale)),
    countries: toLinkedCountries(
      row.countries.map(({ country }) => country),
      locale,
    ),
  };
}

/** A published publication of one of the given types, or null (the page answers 404). */
export const getPublishedPublicationBySlug = cachedRead(
  "publications.detail",
  async (options: {
    slug: string;
    types: readonly PublicationType[];
    locale: Locale;
  }): Promise<PublicationDto | null> => {
    const row = await prisma.publication.findFirst({
      where: {
        ...publishedPublicationWhere,
        slug: options.slug,
        type: { in: [...options.types] },
      },
      select: publicationPageSelect,
    });
    return row ? toPublicationDto(row, options.locale, mediaHref) : null;
  },
  () => [cacheTags.publications, cacheTags.prisoners],
);

// ── Files ──────────────────────────────────────────────────────────────────────────────────────

/** What the download route needs to serve a file; never shown on a page. */
export interface PublicMediaFileDto {
  id: string;
  kind: MediaKind;
  storageKey: string;
  mimeType: string;
  byteSize: number;
  sha256: string;
  filename: string;
}

/**
 * A file the public may download: one attached to a published publication, or the cover image of
 * one. Null for anything else (a prisoner's photo, a source document, a draft's attachment), so
 * that the route answers 404 without saying whether the file exists.
 *
 * Not cached: the answer must change the moment a publication is withdrawn, and the route's
 * responses are cached by the browser instead.
 */
export async function getPublicMediaFile(id: string): Promise<PublicMediaFileDto | null> {
  const asset = await prisma.mediaAsset.findFirst({
    where: {
      id,
      OR: [
        { publicationAttachments: { some: { publication: publishedPublicationWhere } } },
        { publicationCovers: { some: publishedPublicationWhere } },
        // The photo of a published profile, unless the editors withheld it.
        {
          prisonerPhotos: {
            some: {
              state: "PUBLISHED",
              OR: [
                { redactedFields: { equals: null } },
                { NOT: { redactedFields: { hasSome: ["photo", "photoId"] } } },
              ],
            },
          },
        },
      ],
    },
    select: { ...SERVABLE_FILE_SELECT, byteSize: true },
  });
  if (!asset) return null;
  return { ...toServableFile(asset), byteSize: asset.byteSize };
}
