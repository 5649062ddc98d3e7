import "server-only";
import { authorize } from "@/lib/auth/session";
import type { Actor, ContentType } from "@/lib/auth/policy";
import {
  localizedString,
  parseLocalizedText,
  type LocalizedText,
} from "@/lib/content-model/localized";
import { prisma } from "@/lib/db";
import { pageWindow as pageWindowOf, type PageSlice } from "@/lib/data/page-window";
import type { Locale } from "@/lib/i18n/routing";

/**
 * What the dashboard's content editors (tags, countries, affiliations, organisations, facilities,
 * criminal code articles, publications) share: paging, the search over names in every language,
 * and the choices their selects offer. Staff reads, authorised here and never cached.
 */

export const DASHBOARD_CONTENT_PAGE_SIZE = 25;

export interface ContentListFilters {
  q?: string;
  page?: number;
}

export interface ContentList<Item> extends PageSlice {
  items: Item[];
}

/** The page to show (clamped to the pages that exist) and the rows it covers. */
export function pageWindow(total: number, requested: number | undefined) {
  return pageWindowOf(total, requested, DASHBOARD_CONTENT_PAGE_SIZE);
}

export type SearchableTable =
  | "Tag"
  | "Country"
  | "Affiliation"
  | "Organisation"
  | "Facility"
  | "CriminalCodeArticle"
  | "Publication";

/**
 * Keys of the rows whose listed columns contain `q`, case-insensitively; JSON columns (names in
 * every language) are searched as text. Table and column names come from the callers' constants,
 * never from input; `q` is a bound parameter with its LIKE wildcards escaped.
 */
export async function keysMatching(
  table: SearchableTable,
  keyColumn: "id" | "code",
  columns: readonly string[],
  q: string,
): Promise<string[]> {
  const pattern = `%${q.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
  const condition = columns.map((column) => `"${column}"::text ILIKE $1`).join(" OR ");
  const rows = await prisma.$queryRawUnsafe<{ key: string }[]>(
    `SELECT "${keyColumn}" AS key FROM "${table}" WHERE ${condition}`,
    pattern,
  );
  return rows.map((row) => row.key);
}

/** A LocalizedText column in the page's language (or English), "" when it has none. */
export function localizedName(json: unknown, locale: Locale): string {
  return localizedString(parseLocalizedText(json), locale);
}

export function localizedTextOf(json: unknown): LocalizedText {
  return json ? parseLocalizedText(json) : {};
}

/** Asks the policy whether the actor may see this type's dashboard pages. */
export function authorizeView(actor: Actor, type: ContentType): void {
  authorize(actor, "view", { type });
}

export interface CountryOption {
  code: string;
  name: string;
}

/** Every country, for the selects of the editors, in the page language's order. */
export async function listCountryOptions(actor: Actor, locale: Locale): Promise<CountryOption[]> {
  authorize(actor, "view", { type: "country" });
  const rows = await prisma.country.findMany({ select: { code: true, name: true } });
  const collator = new Intl.Collator(locale);
  return rows
    .map((row) => ({ code: row.code, name: localizedName(row.name, locale) || row.code }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** Countries as the options of a select: "Kazakhstan (KZ)". */
export function countrySelectOptions(
  countries: readonly CountryOption[],
): { value: string; label: string }[] {
  return countries.map((country) => ({
    value: country.code,
    label: `${country.name} (${country.code})`,
  }));
}
