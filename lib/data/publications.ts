import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma, PublicationType } from "@/lib/generated/prisma/client";
import { toCalendarDate, type CalendarDate } from "@/lib/data/calendar-date";
import {
  resolveLocalizedRichText,
  resolveLocalizedText,
  resolveLocalizedTextOr,
  type LocalizedRichText,
  type LocalizedString,
} from "@/lib/i18n/localized-text";
import type { Locale } from "@/lib/i18n/routing";

/** The only publications the public may see. */
export const publishedPublicationWhere = {
  state: "PUBLISHED",
} as const satisfies Prisma.PublicationWhereInput;

export interface PublicationListItemDto {
  slug: string;
  type: PublicationType;
  title: LocalizedString;
  summary: LocalizedString | null;
  publishedOn: CalendarDate | null;
}

export interface PublicationDto extends PublicationListItemDto {
  body: LocalizedRichText | null;
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

/** Published publications, newest first; all types unless `types` is given. */
export async function listPublishedPublications(options: {
  locale: Locale;
  types?: readonly PublicationType[];
  limit?: number;
}): Promise<PublicationListItemDto[]> {
  const rows = await prisma.publication.findMany({
    where: {
      ...publishedPublicationWhere,
      ...(options.types ? { type: { in: [...options.types] } } : {}),
    },
    select: listSelect,
    orderBy: [...newestFirst],
    take: options.limit ?? 100,
  });
  return rows.map((row) => toListItem(row, options.locale));
}

/** A published publication of one of the given types, or null (the page answers 404). */
export async function getPublishedPublicationBySlug(options: {
  slug: string;
  types: readonly PublicationType[];
  locale: Locale;
}): Promise<PublicationDto | null> {
  const row = await prisma.publication.findFirst({
    where: { ...publishedPublicationWhere, slug: options.slug, type: { in: [...options.types] } },
    select: { ...listSelect, body: true },
  });
  if (!row) return null;
  return {
    ...toListItem(row, options.locale),
    body: resolveLocalizedRichText(row.body, options.locale),
  };
}
