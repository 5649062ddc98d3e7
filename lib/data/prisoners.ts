import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma, PrisonerStatus } from "@/lib/generated/prisma/client";
import { toCalendarDate, type CalendarDate } from "@/lib/data/calendar-date";
import {
  resolveLocalizedRichText,
  resolveLocalizedText,
  resolveLocalizedTextOr,
  type LocalizedRichText,
  type LocalizedString,
} from "@/lib/i18n/localized-text";
import type { Locale } from "@/lib/i18n/routing";

/** Statuses that count as "deprived of liberty" in public figures (see the PrisonerStatus enum). */
export const DETAINED_STATUSES = [
  "PRETRIAL_DETENTION",
  "HOUSE_ARREST",
  "IMPRISONED",
] as const satisfies readonly PrisonerStatus[];

/** The only prisoners the public may see. Every public query starts from this filter. */
export const publishedPrisonerWhere = {
  state: "PUBLISHED",
} as const satisfies Prisma.PrisonerWhereInput;

export const PRISONERS_PAGE_SIZE = 48;

export interface PrisonerCountryDto {
  code: string;
  name: LocalizedString;
}

export interface PrisonerListItemDto {
  slug: string;
  name: LocalizedString;
  status: PrisonerStatus;
  country: PrisonerCountryDto | null;
}

export interface PrisonerProfileDto extends PrisonerListItemDto {
  statusSince: CalendarDate | null;
  summary: LocalizedString | null;
  biography: LocalizedRichText | null;
}

/**
 * True when an editor withheld one of the named fields of this profile. Public DTOs leave such
 * fields out entirely (null), so a page cannot show them by mistake.
 */
function isRedacted(redactedFields: readonly string[], ...fieldNames: string[]): boolean {
  return fieldNames.some((field) => redactedFields.includes(field));
}

// Selected explicitly: PrisonerInternal and staff columns can never reach a public DTO.
const listSelect = {
  slug: true,
  name: true,
  status: true,
  redactedFields: true,
  country: { select: { code: true, name: true } },
} as const satisfies Prisma.PrisonerSelect;

type ListRow = Prisma.PrisonerGetPayload<{ select: typeof listSelect }>;

function toListItem(row: ListRow, locale: Locale): PrisonerListItemDto {
  const hideCountry = isRedacted(row.redactedFields, "country", "countryCode");
  return {
    slug: row.slug,
    name: resolveLocalizedTextOr(row.name, locale, row.slug),
    status: row.status,
    country: hideCountry
      ? null
      : {
          code: row.country.code,
          name: resolveLocalizedTextOr(row.country.name, locale, row.country.code),
        },
  };
}

/** One page of published prisoners in alphabetical order, and the total for paging. */
export async function listPublishedPrisoners(
  locale: Locale,
  page = 1,
): Promise<{ items: PrisonerListItemDto[]; total: number; page: number; pageCount: number }> {
  const [total, rows] = await Promise.all([
    prisma.prisoner.count({ where: publishedPrisonerWhere }),
    prisma.prisoner.findMany({
      where: publishedPrisonerWhere,
      select: listSelect,
      orderBy: [{ sortName: "asc" }, { slug: "asc" }],
      skip: (Math.max(1, page) - 1) * PRISONERS_PAGE_SIZE,
      take: PRISONERS_PAGE_SIZE,
    }),
  ]);
  return {
    items: rows.map((row) => toListItem(row, locale)),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / PRISONERS_PAGE_SIZE)),
  };
}

/** A published profile, or null for an unknown or unpublished slug (the page answers 404). */
export async function getPublishedPrisonerBySlug(
  slug: string,
  locale: Locale,
): Promise<PrisonerProfileDto | null> {
  const row = await prisma.prisoner.findFirst({
    where: { ...publishedPrisonerWhere, slug },
    select: {
      ...listSelect,
      statusSince: true,
      statusSincePrecision: true,
      summary: true,
      biography: true,
    },
  });
  if (!row) return null;
  const redacted = row.redactedFields;
  return {
    ...toListItem(row, locale),
    statusSince: isRedacted(redacted, "statusSince")
      ? null
      : toCalendarDate(row.statusSince, row.statusSincePrecision),
    summary: isRedacted(redacted, "summary") ? null : resolveLocalizedText(row.summary, locale),
    biography: isRedacted(redacted, "biography")
      ? null
      : resolveLocalizedRichText(row.biography, locale),
  };
}

/** Figures for the home page, counted by the database. */
export async function countPublishedPrisoners(): Promise<{ documented: number; detained: number }> {
  const [documented, detained] = await Promise.all([
    prisma.prisoner.count({ where: publishedPrisonerWhere }),
    prisma.prisoner.count({
      where: { ...publishedPrisonerWhere, status: { in: [...DETAINED_STATUSES] } },
    }),
  ]);
  return { documented, detained };
}
