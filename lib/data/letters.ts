import "server-only";
import { prisma } from "@/lib/db";
import type {
  DeliveryMethod,
  LetterKind,
  LetterState,
  Prisma,
} from "@/lib/generated/prisma/client";
import { cachedRead, cacheTags } from "@/lib/data/cache";
import { toCalendarDate, type CalendarDate } from "@/lib/data/calendar-date";
import { publishedPrisonerWhere } from "@/lib/data/prisoners";
import {
  toLinkedCountries,
  toLinkedPrisoner,
  type LinkedCountryDto,
  type LinkedPrisonerDto,
} from "@/lib/data/linked-items";
import { getConfirmedSignatureCounts } from "@/lib/data/signature-counts";
import {
  resolveLocalizedRichText,
  resolveLocalizedText,
  resolveLocalizedTextOr,
  type ResolvedRichText,
  type ResolvedText,
} from "@/lib/i18n/resolved-text";
import type { Locale } from "@/lib/i18n/routing";
import {
  letterOutcomeSelect,
  toLetterAnswerDtos,
  toLetterThresholdDtos,
  type LetterAnswerDto,
  type LetterThresholdDto,
} from "@/lib/letter-answers/letter-outcome-dto";

/** A letter's state is also its visibility: every state but DRAFT is public. */
export type PublicLetterState = Exclude<LetterState, "DRAFT">;

export const publicLetterWhere = {
  state: { not: "DRAFT" },
} as const satisfies Prisma.LetterWhereInput;

/** How many notable signatories' names a list shows before "and N more". */
export const NOTABLE_SIGNATORIES_PREVIEW = 3;

export interface LetterListItemDto {
  id: string;
  slug: string;
  kind: LetterKind;
  state: PublicLetterState;
  title: ResolvedText;
  summary: ResolvedText | null;
  addresseeName: ResolvedText | null;
  addresseeOffice: ResolvedText | null;
  sentOn: CalendarDate | null;
  /** Signature target of a petition. */
  goal: number | null;
  /** When a petition stops accepting signatures (ISO date-time). */
  deadline: string | null;
  /** Confirmed public signatures, summed over the counter shards. */
  signatureCount: number;
  notableSignatoryCount: number;
  /** The first few notable signatories' names, in the letter's order (see previewNames). */
  notableSignatoryNames: string[];
}

export interface NotableSignatoryDto {
  name: string;
  office: ResolvedText | null;
  country: LinkedCountryDto | null;
}

export interface LetterDeliveryDto {
  deliveredOn: CalendarDate;
  recipient: string;
  method: DeliveryMethod | null;
  note: ResolvedText | null;
  responseReceivedOn: CalendarDate | null;
  response: ResolvedText | null;
}

export interface LetterDto extends LetterListItemDto {
  /**
   * The version a petition's sign form offers (sent back with the form, recorded with the
   * signature): the current one; null while the letter has no text, which cannot be signed.
   */
  signingVersionId: string | null;
  /** The current version's own title and text. */
  versionTitle: ResolvedText | null;
  body: ResolvedRichText | null;
  notableSignatories: NotableSignatoryDto[];
  prisoners: LinkedPrisonerDto[];
  countries: LinkedCountryDto[];
  deliveries: LetterDeliveryDto[];
  /** A petition's thresholds and which are reached (lib/letter-answers). */
  thresholds: LetterThresholdDto[];
  /** The addressee's published answers, oldest first. */
  answers: LetterAnswerDto[];
}

/**
 * Only verified notable signatories are public: one that staff proposed but no editor verified
 * is not shown anywhere outside the dashboard (the delivery export filters the same way).
 */
const verifiedSignatory = {
  verifiedAt: { not: null },
} as const satisfies Prisma.NotableSignatoryWhereInput;

const signatoryOrder = [
  { position: "asc" },
  { name: "asc" },
] as const satisfies Prisma.NotableSignatoryOrderByWithRelationInput[];

const listSelect = {
  id: true,
  slug: true,
  kind: true,
  state: true,
  title: true,
  summary: true,
  addresseeName: true,
  addresseeOffice: true,
  sentOn: true,
  goal: true,
  deadline: true,
  _count: { select: { notableSignatories: { where: verifiedSignatory } } },
  notableSignatories: {
    where: verifiedSignatory,
    select: { name: true },
    orderBy: [...signatoryOrder],
    // One more than shown: "A, B, C and 1 other" reads worse than the fourth name.
    take: NOTABLE_SIGNATORIES_PREVIEW + 1,
  },
} as const satisfies Prisma.LetterSelect;

type ListRow = Prisma.LetterGetPayload<{ select: typeof listSelect }>;

/** The names a list shows: all of them when at most one would be left unnamed. */
function previewNames(firstNames: string[], total: number): string[] {
  return total <= NOTABLE_SIGNATORIES_PREVIEW + 1
    ? firstNames
    : firstNames.slice(0, NOTABLE_SIGNATORIES_PREVIEW);
}

function toListItem(row: ListRow, locale: Locale, signatureCount: number): LetterListItemDto {
  return {
    id: row.id,
    slug: row.slug,
    kind: row.kind,
    // The where clause excludes DRAFT; the cast records that for the type.
    state: row.state as PublicLetterState,
    title: resolveLocalizedTextOr(row.title, locale, row.slug),
    summary: resolveLocalizedText(row.summary, locale),
    addresseeName: resolveLocalizedText(row.addresseeName, locale),
    addresseeOffice: resolveLocalizedText(row.addresseeOffice, locale),
    sentOn: toCalendarDate(row.sentOn),
    goal: row.goal,
    deadline: row.deadline?.toISOString() ?? null,
    signatureCount,
    notableSignatoryCount: row._count.notableSignatories,
    notableSignatoryNames: previewNames(
      row.notableSignatories.map((signatory) => signatory.name),
      row._count.notableSignatories,
    ),
  };
}

async function toListItems(rows: ListRow[], locale: Locale): Promise<LetterListItemDto[]> {
  const counts = await getConfirmedSignatureCounts(rows.map((row) => row.id));
  return rows.map((row) => toListItem(row, locale, counts.get(row.id) ?? 0));
}

// Undated letters first (petitions still collecting signatures are sent later), then newest first.
const listOrder = [
  { sentOn: { sort: "desc", nulls: "first" } },
  { publishedAt: "desc" },
  { slug: "asc" },
] as const satisfies Prisma.LetterOrderByWithRelationInput[];

/**
 * Public letters, newest first; only those in `state` when it is given, only those concerning
 * `countryCode` when it is given.
 *
 * Cached with the letters: a signing flow that changes the counts must revalidate the letter's
 * tag (or "letters") for lists to show the new figure before the cache's maximum age.
 */
export const listPublicLetters = cachedRead(
  "letters.list",
  async (options: {
    locale: Locale;
    state?: PublicLetterState;
    countryCode?: string;
    limit?: number;
  }): Promise<LetterListItemDto[]> => {
    const rows = await prisma.letter.findMany({
      where: {
        ...(options.state ? { state: options.state } : publicLetterWhere),
        ...(options.countryCode
          ? { countries: { some: { countryCode: options.countryCode } } }
          : {}),
      },
      select: listSelect,
      orderBy: [...listOrder],
      take: options.limit ?? 200,
    });
    return toListItems(rows, options.locale);
  },
  () => [cacheTags.letters],
);

/** Number of letters in a public state, counted by the database. */
export function countLettersInState(state: PublicLetterState): Promise<number> {
  return prisma.letter.count({ where: { state } });
}

/**
 * A public letter with the text of its current version, its notable signatories, the prisoners
 * it concerns and its delivery record, or null (the page answers 404).
 */
export const getPublicLetterBySlug = cachedRead(
  "letters.detail",
  async (slug: string, locale: Locale): Promise<LetterDto | null> => {
    const row = await prisma.letter.findFirst({
      where: { ...publicLetterWhere, slug },
      select: letterPageSelect,
    });
    if (!row) return null;
    const counts = await getConfirmedSignatureCounts([row.id]);
    // The where clause excludes DRAFT; the cast records that for the type.
    return toLetterDto(row, locale, counts.get(row.id) ?? 0, row.state as PublicLetterState);
  },
  () => [cacheTags.letters, cacheTags.prisoners],
);

/** What a letter's page shows, read by the public page and by the staff preview. */
export const letterPageSelect = {
  ...listSelect,
  currentVersionId: true,
  currentVersion: { select: { title: true, body: true } },
  notableSignatories: {
    where: verifiedSignatory,
    select: {
      name: true,
      office: true,
      country: { select: { code: true, name: true } },
    },
    orderBy: [...signatoryOrder],
  },
  prisoners: {
    where: { prisoner: publishedPrisonerWhere },
    select: { prisoner: { select: { slug: true, name: true } } },
    orderBy: { prisoner: { sortName: "asc" } },
  },
  countries: { select: { country: { select: { code: true, name: true } } } },
  deliveries: {
    select: {
      deliveredOn: true,
      recipient: true,
      method: true,
      note: true,
      responseReceivedOn: true,
      response: true,
    },
    orderBy: [{ deliveredOn: "asc" }, { createdAt: "asc" }],
  },
  ...letterOutcomeSelect,
} as const satisfies Prisma.LetterSelect;

type LetterPageRow = Prisma.LetterGetPayload<{ select: typeof letterPageSelect }>;

/** The page DTO of a letter row; `state` is the one the page shows (a draft previews as open). */
export function toLetterDto(
  row: LetterPageRow,
  locale: Locale,
  signatureCount: number,
  state: PublicLetterState,
): LetterDto {
  return {
    ...toListItem(
      // The list preview is the first names of the full list read here.
      {
        ...row,
        notableSignatories: row.notableSignatories.slice(0, NOTABLE_SIGNATORIES_PREVIEW + 1),
      },
      locale,
      signatureCount,
    ),
    state,
    signingVersionId: row.currentVersionId,
    versionTitle: resolveLocalizedText(row.currentVersion?.title, locale),
    body: resolveLocalizedRichText(row.currentVersion?.body, locale),
    notableSignatories: row.notableSignatories.map((signatory) => ({
      name: signatory.name,
      office: resolveLocalizedText(signatory.office, locale),
      country: signatory.country
        ? {
            code: signatory.country.code,
            name: resolveLocalizedTextOr(signatory.country.name, locale, signatory.country.code),
          }
        : null,
    })),
    prisoners: row.prisoners.map(({ prisoner }) => toLinkedPrisoner(prisoner, locale)),
    countries: toLinkedCountries(
      row.countries.map(({ country }) => country),
      locale,
    ),
    deliveries: row.deliveries.map((delivery) => ({
      deliveredOn: toCalendarDate(delivery.deliveredOn)!,
      recipient: delivery.recipient,
      method: delivery.method,
      note: resolveLocalizedText(delivery.note, locale),
      responseReceivedOn: toCalendarDate(delivery.responseReceivedOn),
      response: resolveLocalizedText(delivery.response, locale),
    })),
    thresholds: toLetterThresholdDtos(row, locale),
    answers: toLetterAnswerDtos(row, locale),
  };
}
