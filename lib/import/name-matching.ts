import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

type Db = Pick<Prisma.TransactionClient, "$queryRaw">;

/**
 * Likely duplicates by name, with the database's own transliteration (vigil_search_text and
 * vigil_search_key, migration 20261127100000_prisoner_search) so that the importer and the
 * directory search agree on what "the same name" is: "Dzhakishev", "Zhakishev", "Jakishev" and
 * "Жакишев" are one name.
 *
 * A name is a likely duplicate of another when every word of the one is a word of the other once
 * both are folded ("Ivan Petrov" and "Petrov Ivan Sergeyevich"). Names of one word are not
 * compared: too many people share a first name.
 */

export interface ExistingMatch {
  rowIndex: number;
  id: string;
  slug: string;
  name: Prisma.JsonValue;
  birthYear: number | null;
  birthDate: Date | null;
  state: string;
  version: number;
}

/** Existing prisoners whose names (display names and name variants) contain a row's name. */
export async function findExistingNameMatches(
  db: Db,
  names: { rowIndex: number; name: string }[],
): Promise<ExistingMatch[]> {
  if (names.length === 0) return [];
  // The tsquery (every word, as written or by its key) is served by the GIN index on
  // searchVector, the same path the public directory's exact matching takes.
  return db.$queryRaw<ExistingMatch[]>`
    WITH input AS (
      SELECT * FROM unnest(${names.map((n) => n.rowIndex)}::int[], ${names.map((n) => n.name)}::text[])
        AS t("rowIndex", name)
      WHERE cardinality(string_to_array(vigil_search_text(name), ' ')) >= 2
    )
    SELECT DISTINCT ON (i."rowIndex", p.id)
      i."rowIndex", p.id, p.slug, p.name, p."birthYear", p."birthDate", p.state::text AS state, p.version
    FROM input AS i
    JOIN "Prisoner" AS p ON p."searchVector" @@ vigil_search_tsquery(i.name, false)
    ORDER BY i."rowIndex", p.id`;
}

/** The folded words of each name (vigil_search_key of vigil_search_text), for in-file matching. */
export async function nameKeys(
  db: Db,
  names: { rowIndex: number; name: string }[],
): Promise<{ rowIndex: number; words: string[] }[]> {
  if (names.length === 0) return [];
  const rows = await db.$queryRaw<{ rowIndex: number; key: string | null }[]>`
    SELECT "rowIndex", vigil_search_key(vigil_search_text(name)) AS key
    FROM unnest(${names.map((n) => n.rowIndex)}::int[], ${names.map((n) => n.name)}::text[])
      AS t("rowIndex", name)`;
  return rows.map((row) => ({
    rowIndex: row.rowIndex,
    words: (row.key ?? "").split(" ").filter((word) => word !== ""),
  }));
}

/** The plain (transliterated, lower-case) form of names, for deriving profile addresses. */
export async function plainNames(db: Db, names: string[]): Promise<string[]> {
  if (names.length === 0) return [];
  const rows = await db.$queryRaw<{ ordinality: bigint; plain: string | null }[]>`
    SELECT ordinality, vigil_search_text(name) AS plain
    FROM unnest(${names}::text[]) WITH ORDINALITY AS t(name, ordinality)
    ORDER BY ordinality`;
  return rows.map((row) => row.plain ?? "");
}

/** Slugs in use among the given ones and their numbered forms ("ivan-petrov", "ivan-petrov-2"). */
export async function takenSlugs(db: Db, bases: string[]): Promise<Set<string>> {
  if (bases.length === 0) return new Set();
  const rows = await db.$queryRaw<{ slug: string }[]>`
    SELECT slug FROM "Prisoner"
    WHERE slug = ANY(${bases}::text[])
       OR slug LIKE ANY(${bases.map((base) => `${base}-%`)}::text[])`;
  return new Set(rows.map((row) => row.slug));
}
