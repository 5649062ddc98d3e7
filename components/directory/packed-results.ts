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
 * A country's name is sent once for all its cards; a card's status, country and match only when
 * they are not the ones most cards have (a filter's cards all share a status or a country, a
 * search's nearly all match one way); the date of arrest only when the card shows it (no date of
 * detention).
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
  /** Absent: the result's `status`; null: withheld. */
  status?: PrisonerStatus | null;
  /**
   * The country's code (its name is in the result's `countries`, once for all cards). Absent: the
   * result's `country`; null: none shown.
   */
  country?: string | null;
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
  /** The status, country and match most cards have (absent: none), left out of those cards. */
  status?: PrisonerStatus;
  country?: string;
  match?: DirectoryMatch;
  items: PackedPrisoner[];
}

/** What most of a page's cards have, and is therefore said once for the page. */
interface CommonValues {
  status: PrisonerStatus | null;
  country: string | null;
  match: DirectoryMatch | null;
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

function packPrisoner(prisoner: DirectoryPrisonerDto, common: CommonValues): PackedPrisoner {
  const packed: PackedPrisoner = { slug: prisoner.slug, name: packText(prisoner.name) };
  if (prisoner.otherName) packed.other = [prisoner.otherName.text, prisoner.otherName.lang];
  if (prisoner.status !== common.status) packed.status = prisoner.status;
  const country = prisoner.country?.code ?? null;
  if (country !== common.country) packed.country = country;
  if (prisoner.thumbnail) packed.thumbnail = prisoner.thumbnail;
  if (prisoner.detainedSince) packed.detained = packDate(prisoner.detainedSince);
  else if (prisoner.arrestedOn) packed.arrested = packDate(prisoner.arrestedOn);
  if (prisoner.match !== common.match) packed.match = prisoner.match;
  return packed;
}

/** A card's own value when it has one, else the page's common one. */
function ownOr<T>(own: T | null | undefined, common: T | undefined): T | null {
  return own !== undefined ? own : (common ?? null);
}

function unpackPrisoner(
  packed: PackedPrisoner,
  result: PackedDirectoryResult,
): DirectoryPrisonerDto {
  const { locale, countries } = result;
  const country = ownOr(packed.country, result.country);
  return {
    slug: packed.slug,
    name: unpackText(packed.name, locale),
    otherName: packed.other ? { text: packed.other[0], lang: packed.other[1] } : null,
    status: ownOr(packed.status, result.status),
    country:
      country !== null ? { code: country, name: unpackText(countries[country]!, locale) } : null,
    thumbnail: packed.thumbnail ?? null,
    arrestedOn: unpackDate(packed.arrested),
    detainedSince: unpackDate(packed.detained),
    match: ownOr(packed.match, result.match),
  };
}

/** The value that most of the cards have (the first of equals); null for no cards. */
function mostCommon<T>(values: T[]): T | null {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let common: T | null = null;
  let most = 0;
  for (const [value, count] of counts) {
    if (count > most) [common, most] = [value, count];
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
  const common: CommonValues = {
    status: mostCommon(result.items.map((item) => item.status)),
    country: mostCommon(result.items.map((item) => item.country?.code ?? null)),
    match: mostCommon(result.items.map((item) => item.match)),
  };
  const packed: PackedDirectoryResult = {
    ...result,
    locale,
    countries,
    items: result.items.map((item) => packPrisoner(item, common)),
  };
  if (common.status) packed.status = common.status;
  if (common.country) packed.country = common.country;
  if (common.match) packed.match = common.match;
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
