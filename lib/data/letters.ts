import "server-only";
import { prisma } from "@/lib/db";
import type { LetterKind, LetterState, Prisma } from "@/lib/generated/prisma/client";
import { toCalendarDate, type CalendarDate } from "@/lib/data/calendar-date";
import {
  resolveLocalizedRichText,
  resolveLocalizedText,
  resolveLocalizedTextOr,
  type LocalizedRichText,
  type LocalizedString,
} from "@/lib/i18n/localized-text";
import type { Locale } from "@/lib/i18n/routing";

/** A letter's state is also its visibility: every state but DRAFT is public. */
export type PublicLetterState = Exclude<LetterState, "DRAFT">;

export const publicLetterWhere = {
  state: { not: "DRAFT" },
} as const satisfies Prisma.LetterWhereInput;

export interface LetterListItemDto {
  slug: string;
  kind: LetterKind;
  state: PublicLetterState;
  title: LocalizedString;
  summary: LocalizedString | null;
  addresseeName: LocalizedString | null;
  addresseeOffice: LocalizedString | null;
  sentOn: CalendarDate | null;
}

export interface LetterDto extends LetterListItemDto {
  /** The current version's own title and text. */
  versionTitle: LocalizedString | null;
  body: LocalizedRichText | null;
}

const listSelect = {
  slug: true,
  kind: true,
  state: true,
  title: true,
  summary: true,
  addresseeName: true,
  addresseeOffice: true,
  sentOn: true,
} as const satisfies Prisma.LetterSelect;

type ListRow = Prisma.LetterGetPayload<{ select: typeof listSelect }>;

function toListItem(row: ListRow, locale: Locale): LetterListItemDto {
  return {
    slug: row.slug,
    kind: row.kind,
    // The where clause excludes DRAFT; the cast records that for the type.
    state: row.state as PublicLetterState,
    title: resolveLocalizedTextOr(row.title, locale, row.slug),
    summary: resolveLocalizedText(row.summary, locale),
    addresseeName: resolveLocalizedText(row.addresseeName, locale),
    addresseeOffice: resolveLocalizedText(row.addresseeOffice, locale),
    sentOn: toCalendarDate(row.sentOn),
  };
}

// Undated letters first (petitions still collecting signatures are sent later), then newest first.
const listOrder = [
  { sentOn: { sort: "desc", nulls: "first" } },
  { publishedAt: "desc" },
  { slug: "asc" },
] as const satisfies Prisma.LetterOrderByWithRelationInput[];

/** Public letters, newest first; only those in `state` when it is given. */
export async function listPublicLetters(options: {
  locale: Locale;
  state?: PublicLetterState;
  limit?: number;
}): Promise<LetterListItemDto[]> {
  const rows = await prisma.letter.findMany({
    where: options.state ? { state: options.state } : publicLetterWhere,
    select: listSelect,
    orderBy: [...listOrder],
    take: options.limit ?? 100,
  });
  return rows.map((row) => toListItem(row, options.locale));
}

/** Number of letters in a public state, counted by the database. */
export function countLettersInState(state: PublicLetterState): Promise<number> {
  return prisma.letter.count({ where: { state } });
}

/** A public letter with the text of its current version, or null (the page answers 404). */
export async function getPublicLetterBySlug(
  slug: string,
  locale: Locale,
): Promise<LetterDto | null> {
  const row = await prisma.letter.findFirst({
    where: { ...publicLetterWhere, slug },
    select: { ...listSelect, currentVersion: { select: { title: true, body: true } } },
  });
  if (!row) return null;
  return {
    ...toListItem(row, locale),
    versionTitle: resolveLocalizedText(row.currentVersion?.title, locale),
    body: resolveLocalizedRichText(row.currentVersion?.body, locale),
  };
}
