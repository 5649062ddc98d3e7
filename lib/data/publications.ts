import "server-only";
import {
  toLinkedCountries,
  toLinkedPrisoner,
  type LinkedCountryDto,
  type LinkedPrisonerDto,
} from "@/lib/data/linked-items";
import { prisma } from "@/lib/db";
import type { Prisma, PublicationType } from "@/lib/generated/prisma/client";
import { cachedRead, cacheTags } from "@/lib/data/cache";
import { toCalendarDate, type CalendarDate } from "@/lib/data/calendar-date";
import { publishedPrisonerWhere } from "@/lib/data/prisoners";
import {
  resolveLocalizedRichText,
  resolveLocalizedText,
  resolveLocalizedTextOr,
  type ResolvedRichText,
  type ResolvedText,
} from "@/lib/i18n/resolved-text";
import type { Locale } from "@/lib/i18n/routing";
import { apiRoutes } from "@/lib/routes";
import { mediaFilename, type MediaKind } from "@/lib/storage/media-files";

/**
 * Public reads of publications: the short lists (home, country pages) and one publication's page.
 * The sections' filtered, paged lists are in publication-search.ts; the files the public may
 * download in public-media-file.ts.
 */

/** The only publications the public may see. */
export const publishedPublicationWhere = {
  state: "PUBLISHED",
} as const satisfies Prisma.PublicationWhereInput;

export { publicationSections, type PublicationSection } from "@/lib/data/publication-sections";

export interface PublicationListItemDto {
  slug: string;
  type: PublicationType;
  title: ResolvedText;
  summary: ResolvedText | null;
  publishedOn: CalendarDate | null;
}

/** A downloadable file of a publication (the PDF of a report). */
export interface PublicationAttachmentDto {
  id: string;
  /** The editor's title, or null (the page shows the file name). */
  title: ResolvedText | null;
  filename: string;
  kind: MediaKind;
  mimeType: string;
  byteSize: number;
  href: string;
}

export interface PublicationCoverDto {
  href: string;
  alt: ResolvedText | null;
  width: number | null;
  height: number | null;
  credit: string | null;
}

export interface PublicationDto extends PublicationListItemDto {
  body: ResolvedRichText | null;
  cover: PublicationCoverDto | null;
  attachments: PublicationAttachmentDto[];
  prisoners: LinkedPrisonerDto[];
  countries: LinkedCountryDto[];
}

export const publicationListSelect = {
  slug: true,
  type: true,
  title: true,
  summary: true,
  publishedOn: true,
} as const satisfies Prisma.PublicationSelect;

type ListRow = Prisma.PublicationGetPayload<{ select: typeof publicationListSelect }>;

// Newest first; undated archive items last, then the most recently published.
export const newestPublicationsFirst = [
  { publishedOn: { sort: "desc", nulls: "last" } },
  { publishedAt: "desc" },
  { slug: "asc" },
] as const satisfies Prisma.PublicationOrderByWithRelationInput[];

export function toPublicationListItem(row: ListRow, locale: Locale): PublicationListItemDto {
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
      select: publicationListSelect,
      orderBy: [...newestPublicationsFirst],
      take: options.limit ?? 100,
    });
    return rows.map((row) => toPublicationListItem(row, options.locale));
  },
  () => [cacheTags.publications],
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
  ...publicationListSelect,
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
    ...toPublicationListItem(row, locale),
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
    return row
      ? toPublicationDto(row, options.locale, (file) => apiRoutes.mediaFile(file.id, file.filename))
      : null;
  },
  () => [cacheTags.publications, cacheTags.prisoners],
);
