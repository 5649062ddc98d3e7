import "server-only";
import { prisma } from "@/lib/db";
import type { PrisonerStatus } from "@/lib/generated/prisma/client";
import { cachedRead, cacheTags } from "@/lib/data/cache";
import { resolveLocalizedTextOr, type ResolvedText } from "@/lib/i18n/resolved-text";
import type { Locale } from "@/lib/i18n/routing";

/**
 * The choices of the directory's filters (lib/data/prisoner-directory.ts runs the search itself).
 *
 * Each list holds only values that occur among published prisoners (and are not withheld on
 * them): an option that finds nobody is noise. Each candidate value is checked by a subquery that
 * stops at the first such prisoner (LIMIT 1 keeps the planner from hashing every charge or tag
 * instead), walking indexes, so the cost barely grows with the number of prisoners.
 */

export interface DirectoryOption {
  value: string;
  label: ResolvedText;
}

export interface DirectoryChargeOption {
  /** CriminalCodeArticle id. */
  value: string;
  /** Article number with its part, as written in the code: "274", "205.2 part 1". */
  article: string;
  part: string;
  title: ResolvedText;
}

export interface DirectoryChargeGroup {
  country: DirectoryOption;
  /** The code's name, e.g. "Criminal Code of the Republic of Kazakhstan". */
  code: ResolvedText;
  articles: DirectoryChargeOption[];
}

export interface DirectoryFilterOptionsDto {
  /** Value: ISO code in lower case, as in the address. */
  countries: DirectoryOption[];
  statuses: PrisonerStatus[];
  charges: DirectoryChargeGroup[];
  affiliations: DirectoryOption[];
  tags: DirectoryOption[];
  /** Years of arrest, newest first. */
  years: number[];
}

interface ChargeRow {
  id: string;
  code: string;
  article: string;
  part: string;
  title: unknown;
  codeName: unknown;
  countryCode: string;
  countryName: unknown;
}

function readCountries() {
  return prisma.$queryRaw<{ code: string; name: unknown }[]>`
    SELECT c.code, c.name FROM "Country" AS c
    WHERE EXISTS (
      SELECT 1 FROM "Prisoner" AS p
      WHERE p."countryCode" = c.code AND p.state = 'PUBLISHED'
        AND NOT (coalesce(p."redactedFields", '{}'::text[]) && ARRAY['country', 'countryCode'])
    )`;
}

function readStatuses() {
  return prisma.$queryRaw<{ status: PrisonerStatus }[]>`
    SELECT s.status FROM unnest(enum_range(NULL::"PrisonerStatus")) AS s (status)
    WHERE EXISTS (
      SELECT 1 FROM "Prisoner" AS p
      WHERE p.state = 'PUBLISHED' AND p.status = s.status
        AND NOT ('status' = ANY (coalesce(p."redactedFields", '{}'::text[])))
    )
    ORDER BY s.status`;
}

function readCharges() {
  return prisma.$queryRaw<ChargeRow[]>`
    SELECT a.id, a.code, a.article, a.part, a.title, a."codeName", a."countryCode", c.name AS "countryName"
    FROM "CriminalCodeArticle" AS a JOIN "Country" AS c ON c.code = a."countryCode"
    WHERE (
      SELECT true FROM "Charge" AS ch
      JOIN "Case" AS k ON k.id = ch."caseId"
      JOIN "Prisoner" AS p ON p.id = k."prisonerId"
      WHERE ch."articleId" = a.id AND p.state = 'PUBLISHED'
        AND NOT (coalesce(p."redactedFields", '{}'::text[]) && ARRAY['cases', 'charges'])
      LIMIT 1
    )`;
}

function readAffiliations() {
  return prisma.$queryRaw<{ slug: string; name: unknown }[]>`
    SELECT a.slug, a.name FROM "Affiliation" AS a
    WHERE (
      SELECT true FROM "PrisonerAffiliation" AS pa JOIN "Prisoner" AS p ON p.id = pa."prisonerId"
      WHERE pa."affiliationId" = a.id AND p.state = 'PUBLISHED'
        AND NOT ('affiliations' = ANY (coalesce(p."redactedFields", '{}'::text[])))
      LIMIT 1
    )`;
}

function readTags() {
  return prisma.$queryRaw<{ slug: string; name: unknown }[]>`
    SELECT t.slug, t.name FROM "Tag" AS t
    WHERE (
      SELECT true FROM "PrisonerTag" AS pt JOIN "Prisoner" AS p ON p.id = pt."prisonerId"
      WHERE pt."tagId" = t.id AND p.state = 'PUBLISHED'
        AND NOT ('tags' = ANY (coalesce(p."redactedFields", '{}'::text[])))
      LIMIT 1
    )`;
}

/**
 * Distinct years by skipping through the arrestSortKey index, one probe per year, rather than
 * reading every prisoner: from the latest arrest, repeatedly the latest one before the start of
 * the year found last.
 */
function readArrestYears() {
  return prisma.$queryRaw<{ year: number }[]>`
    WITH RECURSIVE latest (arrested) AS (
      SELECT max(p."arrestSortKey") FROM "Prisoner" AS p
      WHERE p.state = 'PUBLISHED' AND p."arrestSortKey" > '-infinity'::date
      UNION ALL
      SELECT (
        SELECT max(p."arrestSortKey") FROM "Prisoner" AS p
        WHERE p.state = 'PUBLISHED' AND p."arrestSortKey" > '-infinity'::date
          AND p."arrestSortKey" < date_trunc('year', latest.arrested)::date
      )
      FROM latest WHERE latest.arrested IS NOT NULL
    )
    SELECT extract(year FROM arrested)::int AS year FROM latest
    WHERE arrested IS NOT NULL ORDER BY year DESC`;
}

function byLabel(locale: Locale) {
  const collator = new Intl.Collator(locale, { numeric: true });
  return (a: { label: ResolvedText }, b: { label: ResolvedText }) =>
    collator.compare(a.label.text, b.label.text);
}

function countryOption(code: string, name: unknown, locale: Locale): DirectoryOption {
  return { value: code.toLowerCase(), label: resolveLocalizedTextOr(name, locale, code) };
}

/** Options named by their slug, in the order of their labels. */
function slugOptions(rows: { slug: string; name: unknown }[], locale: Locale): DirectoryOption[] {
  return rows
    .map((row) => ({ value: row.slug, label: resolveLocalizedTextOr(row.name, locale, row.slug) }))
    .sort(byLabel(locale));
}

/** Articles grouped by country and code, in the order of the countries' names and the numbers. */
function chargeGroups(rows: ChargeRow[], locale: Locale): DirectoryChargeGroup[] {
  const groups = new Map<string, DirectoryChargeGroup>();
  for (const row of rows) {
    const key = `${row.countryCode} ${row.code}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        country: countryOption(row.countryCode, row.countryName, locale),
        code: resolveLocalizedTextOr(row.codeName, locale, row.countryCode),
        articles: [],
      };
      groups.set(key, group);
    }
    group.articles.push({
      value: row.id,
      article: row.article,
      part: row.part,
      title: resolveLocalizedTextOr(row.title, locale, row.article),
    });
  }
  const articleOrder = new Intl.Collator(locale, { numeric: true });
  const sortByLabel = byLabel(locale);
  return [...groups.values()]
    .map((group) => ({
      ...group,
      articles: group.articles.sort(
        (a, b) =>
          articleOrder.compare(a.article, b.article) || articleOrder.compare(a.part, b.part),
      ),
    }))
    .sort((a, b) => sortByLabel(a.country, b.country));
}

async function readFilterOptions(locale: Locale): Promise<DirectoryFilterOptionsDto> {
  const [countries, statuses, charges, affiliations, tags, years] = await Promise.all([
    readCountries(),
    readStatuses(),
    readCharges(),
    readAffiliations(),
    readTags(),
    readArrestYears(),
  ]);
  return {
    countries: countries
      .map((row) => countryOption(row.code, row.name, locale))
      .sort(byLabel(locale)),
    statuses: statuses.map((row) => row.status),
    charges: chargeGroups(charges, locale),
    affiliations: slugOptions(affiliations, locale),
    tags: slugOptions(tags, locale),
    years: years.map((row) => row.year),
  };
}

/** The choices of the directory's filters, in the page's language. */
export const getDirectoryFilterOptions = cachedRead(
  "directory.filter-options",
  readFilterOptions,
  () => [cacheTags.prisoners, cacheTags.countries, cacheTags.reference],
);

export { readFilterOptions as readDirectoryFilterOptions };
