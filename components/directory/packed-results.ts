import type { CalendarDate } from "@/lib/data/calendar-date";
import type {
  DirectoryMatch,
  DirectoryPrisonerDto,
  DirectoryResultDto,
} from "@/lib/data/prisoner-directory";
import type { DatePrecision, PrisonerStatus } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/routing";
import type { ResolvedText } from "@/lib/i18n/resolved-text";

/**
 * The first results of a directory page as its payload carries them to the live search (which
 * hydrates the cards the server drew from them). The cards are in the page's markup already, and
 * the payload is escaped JSON inside a script: the DTO's keys, its `null`s and the page's own
 * language repeated on every name were about half of each card's bytes there. Packed, a card
 * holds only its values, and what is absent (withheld, unknown, the page's language) is left out.
 * A country's name is sent once for all its cards, and a card's match only when it is not the
 * one most cards have, and the date of arrest only when the card shows it (no date of detention).
 * The results route keeps answering the DTO itself; `unpackDirectoryResult` gives back what the
 * card draws: the DTO exactly, but for an arrest date that a detention date outranks (null).
 */

/** A text in the page's language, or [text, its language] when it is a fallback. */
type PackedText = string | [string, Locale];

/** "2022-11-27" (a known day), or [iso, precision] when only the month or year is known. */
type PackedDate = string | [string, DatePrecision];

export interface PackedPrisoner {
  slug: string;
  name: PackedText;
  other?: [string, Locale];
  /** Absent when withheld. */
  status?: PrisonerStatus;
  /** The country's code; its name is in the result's `countries`, once for all cards. */
  country?: string;
  thumbnail?: string;
  /** Only when there is no `detained`: the card shows the one or, lacking it, the other. */
  arrested?: PackedDate;
  detained?: PackedDate;
  /** How the name matched, when not the result's `match` (most cards share one); null for none. */
  match?: DirectoryMatch | null;
}

export interface PackedDirectoryResult extends Omit<DirectoryResultDto, "items"> {
  locale: Locale;
  /** The countries' names by code. */
  countries: Record<string, PackedText>;
  /** The match most cards have (absent: none), left out of those cards. */
  match?: DirectoryMatch;
  items: PackedPrisoner[];
}

function packText(text: ResolvedText): PackedText {
  return text.isFallback ? [text.text, text.lang] : text.text;
}

function unpackText(text: PackedText, locale: Locale): ResolvedText {
  return typeof text === "string"
    ? { text, lang: locale, isFallback: false }
    : { text: text[0], lang: text[1], isFallback: true };
}

function packDate(date: CalendarDate): PackedDate {
  return date.precision === "DAY" ? date.iso : [date.iso, date.precision];
}

function unpackDate(date: PackedDate | undefined): CalendarDate | null {
  if (date === undefined) return null;
  return typeof date === "string"
    ? { iso: date, precision: "DAY" }
    : { iso: date[0], precision: date[1] };
}

function packPrisoner(
  prisoner: DirectoryPrisonerDto,
  commonMatch: DirectoryMatch | null,
): PackedPrisoner {
  const packed: PackedPrisoner = { slug: prisoner.slug, name: packText(prisoner.name) };
  if (prisoner.otherName) packed.other = [prisoner.otherName.text, prisoner.otherName.lang];
  if (prisoner.status) packed.status = prisoner.status;
  if (prisoner.country) packed.country = prisoner.country.code;
  if (prisoner.thumbnail) packed.thumbnail = prisoner.thumbnail;
  if (prisoner.detainedSince) packed.detained = packDate(prisoner.detainedSince);
  else if (prisoner.arrestedOn) packed.arrested = packDate(prisoner.arrestedOn);
  if (prisoner.match !== commonMatch) packed.match = prisoner.match;
  return packed;
}

function unpackPrisoner(
  packed: PackedPrisoner,
  { locale, countries, match }: PackedDirectoryResult,
): DirectoryPrisonerDto {
  return {
    slug: packed.slug,
    name: unpackText(packed.name, locale),
    otherName: packed.other ? { text: packed.other[0], lang: packed.other[1] } : null,
    status: packed.status ?? null,
    country:
      packed.country !== undefined
        ? { code: packed.country, name: unpackText(countries[packed.country]!, locale) }
        : null,
    thumbnail: packed.thumbnail ?? null,
    arrestedOn: unpackDate(packed.arrested),
    detainedSince: unpackDate(packed.detained),
    match: packed.match !== undefined ? packed.match : (match ?? null),
  };
}

/** The match that most of the cards have: a search's cards nearly all match one way. */
function mostCommonMatch(items: DirectoryPrisonerDto[]): DirectoryMatch | null {
  const counts = new Map<DirectoryMatch | null, number>();
  for (const item of items) counts.set(item.match, (counts.get(item.match) ?? 0) + 1);
  let common: DirectoryMatch | null = null;
  let most = 0;
  for (const [match, count] of counts) {
    if (count > most) [common, most] = [match, count];
  }
  return common;
}

export function packDirectoryResult(
  result: DirectoryResultDto,
  locale: Locale,
): PackedDirectoryResult {
  const countries: Record<string, PackedText> = {};
  for (const { country } of result.items) {
    if (country) countries[country.code] = packText(country.name);
  }
  const match = mostCommonMatch(result.items);
  const packed: PackedDirectoryResult = {
    ...result,
    locale,
    countries,
    items: result.items.map((item) => packPrisoner(item, match)),
  };
  if (match) packed.match = match;
  return packed;
}

export function unpackDirectoryResult(packed: PackedDirectoryResult): DirectoryResultDto {
  const { total, page, pageCount, similarOnly, suggestion, items } = packed;
  return {
    total,
    page,
    pageCount,
    similarOnly,
    suggestion,
    items: items.map((item) => unpackPrisoner(item, packed)),
  };
}
