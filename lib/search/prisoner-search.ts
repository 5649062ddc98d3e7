import "server-only";
import { DETAINED_STATUSES } from "@/lib/content-model/prisoner-status";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  effectiveSort,
  type DirectoryQuery,
  type DirectorySort,
} from "@/lib/search/directory-params";

/**
 * SQL of the prisoner directory: which published prisoners match a directory query, and in what
 * order. The name matching itself is done by the database functions of the prisoner_search
 * migration (vigil_search_text, vigil_search_key, vigil_search_tsquery), applied to the user's
 * input here exactly as the triggers apply them to the stored names. A search is matched in two
 * steps (lib/data/prisoner-directory.ts runs them):
 *
 * 1. words: every typed word is a whole word of one of the person's names (exact) or begins one
 *    (prefix: typing in progress, "dzhak", "Сенц"), as typed or by its transliteration key
 *    ("Sentzov" → "sencov" = "Сенцов" → "sentsov" → "sencov"). Exact matches rank first.
 * 2. similar, only when no word matches: trigram word similarity of at least
 *    pg_trgm.word_similarity_threshold (0.6), which forgives a typo or two ("Sentsvo"). Kept for
 *    that case because similarity also finds near-namesakes ("Vorontsov" for "Sentzov"), which
 *    are noise next to a real match.
 *
 * The tsvector and the trigram conditions are each served by a GIN index. Every user value
 * travels as a bind parameter of a tagged Prisma.sql template; nothing typed ever becomes SQL text.
 *
 * Filters honour `redactedFields`: a person whose country, status, charges, affiliations, tags or
 * date of arrest is withheld is never found through that field, so that a filter cannot reveal it.
 */

/** The alias of "Prisoner" in every fragment below. */
const P = Prisma.raw(`p`);

function notRedacted(...fields: string[]): Prisma.Sql {
  return Prisma.sql`NOT (coalesce(${P}."redactedFields", '{}'::text[]) && ${fields}::text[])`;
}

/**
 * How a search text is matched: `words` (exact or prefix words, the tsvector), `similar`
 * (trigram similarity, for typos), or `none` (the search text is ignored).
 */
export type NameMatchMode = "words" | "similar" | "none";

function nameMatches(q: string, mode: Exclude<NameMatchMode, "none">): Prisma.Sql {
  if (mode === "words") return Prisma.sql`${P}."searchVector" @@ vigil_search_tsquery(${q}, true)`;
  return Prisma.sql`(
    vigil_search_text(${q}) <% ${P}."searchNames"
    OR vigil_search_key(vigil_search_text(${q})) <% ${P}."searchNames"
  )`;
}

/** 0 exact, 1 prefix, 2 similar: how a person found in `mode` matched. */
export function matchRank(q: string, mode: Exclude<NameMatchMode, "none">): Prisma.Sql {
  if (mode === "similar") return Prisma.sql`2`;
  return Prisma.sql`CASE WHEN ${P}."searchVector" @@ vigil_search_tsquery(${q}, false) THEN 0 ELSE 1 END`;
}

/** How close the input is to the person's closest name, from 0 to 1. */
export function nameSimilarity(q: string): Prisma.Sql {
  return Prisma.sql`greatest(
    word_similarity(vigil_search_text(${q}), ${P}."searchNames"),
    word_similarity(vigil_search_key(vigil_search_text(${q})), ${P}."searchNames")
  )`;
}

/**
 * The WHERE clause of a directory query: published prisoners only, the name search (matched as
 * `mode` says), and the filters. `p` is "Prisoner".
 */
export function directoryWhere(query: DirectoryQuery, mode: NameMatchMode): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`${P}.state = 'PUBLISHED'`];

  if (query.q && mode !== "none") conditions.push(nameMatches(query.q, mode));

  if (query.country) {
    conditions.push(
      Prisma.sql`${P}."countryCode" = ${query.country}`,
      notRedacted("country", "countryCode"),
    );
  }
  if (query.status) {
    const statuses: readonly string[] =
      query.status === "detained" ? DETAINED_STATUSES : [query.status];
    conditions.push(
      Prisma.sql`${P}.status = ANY (${statuses}::"PrisonerStatus"[])`,
      notRedacted("status"),
    );
  }
  if (query.charge) {
    conditions.push(
      Prisma.sql`EXISTS (
        SELECT 1 FROM "Case" AS k JOIN "Charge" AS ch ON ch."caseId" = k.id
        WHERE k."prisonerId" = ${P}.id AND ch."articleId" = ${query.charge}
      )`,
      notRedacted("cases", "charges"),
    );
  }
  if (query.affiliation) {
    conditions.push(
      Prisma.sql`EXISTS (
        SELECT 1 FROM "PrisonerAffiliation" AS pa JOIN "Affiliation" AS a ON a.id = pa."affiliationId"
        WHERE pa."prisonerId" = ${P}.id AND a.slug = ${query.affiliation}
      )`,
      notRedacted("affiliations"),
    );
  }
  if (query.tag) {
    conditions.push(
      Prisma.sql`EXISTS (
        SELECT 1 FROM "PrisonerTag" AS pt JOIN "Tag" AS t ON t.id = pt."tagId"
        WHERE pt."prisonerId" = ${P}.id AND t.slug = ${query.tag}
      )`,
      notRedacted("tags"),
    );
  }
  if (query.year !== undefined) {
    // arrestSortKey is the public date of arrest (redacted or unknown: -infinity), so the range
    // uses its index and never finds a withheld date.
    const from = `${query.year}-01-01`;
    const until = `${query.year + 1}-01-01`;
    conditions.push(
      Prisma.sql`${P}."arrestSortKey" >= ${from}::date AND ${P}."arrestSortKey" < ${until}::date`,
    );
  }

  return Prisma.join(conditions, " AND ");
}

const orders: Record<Exclude<DirectorySort, "relevance">, Prisma.Sql> = {
  name: Prisma.sql`${P}."sortName", ${P}.id`,
  // Newest arrest first; unknown or withheld dates (-infinity) last.
  arrest: Prisma.sql`${P}."arrestSortKey" DESC, ${P}."sortName", ${P}.id`,
  // Longest in detention first; detained with no known date (+infinity), then everyone else (NULL).
  detention: Prisma.sql`${P}."detentionSortKey" ASC NULLS LAST, ${P}."sortName", ${P}.id`,
};

/** The ORDER BY list of a directory query; each order ends with the id, so paging is stable. */
export function directoryOrderBy(query: DirectoryQuery, mode: NameMatchMode): Prisma.Sql {
  const sort = effectiveSort(query);
  if (sort !== "relevance" || mode === "none") return orders[sort === "relevance" ? "name" : sort];
  if (mode === "words") return Prisma.sql`${matchRank(query.q, mode)}, ${orders.name}`;
  return Prisma.sql`${nameSimilarity(query.q)} DESC, ${orders.name}`;
}
