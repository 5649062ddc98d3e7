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
 * The results route keeps answering the DTO itself; `unpackDirectoryResult` gives it back exactly.
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
  country?: [string, PackedText];
  thumbnail?: string;
  arrested?: PackedDate;
  detained?: PackedDate;
  match?: DirectoryMatch;
}

export interface PackedDirectoryResult extends Omit<DirectoryResultDto, "items"> {
  locale: Locale;
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

function packPrisoner(prisoner: DirectoryPrisonerDto): PackedPrisoner {
  const packed: PackedPrisoner = { slug: prisoner.slug, name: packText(prisoner.name) };
  if (prisoner.otherName) packed.other = [prisoner.otherName.text, prisoner.otherName.lang];
  if (prisoner.status) packed.status = prisoner.status;
  if (prisoner.country) packed.country = [prisoner.country.code, packText(prisoner.country.name)];
  if (prisoner.thumbnail) packed.thumbnail = prisoner.thumbnail;
  if (prisoner.arrestedOn) packed.arrested = packDate(prisoner.arrestedOn);
  if (prisoner.detainedSince) packed.detained = packDate(prisoner.detainedSince);
  if (prisoner.match) packed.match = prisoner.match;
  return packed;
}

function unpackPrisoner(packed: PackedPrisoner, locale: Locale): DirectoryPrisonerDto {
  return {
    slug: packed.slug,
    name: unpackText(packed.name, locale),
    otherName: packed.other ? { text: packed.other[0], lang: packed.other[1] } : null,
    status: packed.status ?? null,
    country: packed.country
      ? { code: packed.country[0], name: unpackText(packed.country[1], locale) }
      : null,
    thumbnail: packed.thumbnail ?? null,
    arrestedOn: unpackDate(packed.arrested),
    detainedSince: unpackDate(packed.detained),
    match: packed.match ?? null,
  };
}

export function packDirectoryResult(
  result: DirectoryResultDto,
  locale: Locale,
): PackedDirectoryResult {
  return { ...result, locale, items: result.items.map(packPrisoner) };
}

export function unpackDirectoryResult(packed: PackedDirectoryResult): DirectoryResultDto {
  const { locale, items, ...rest } = packed;
  return { ...rest, items: items.map((item) => unpackPrisoner(item, locale)) };
}
