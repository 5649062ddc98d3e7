import "server-only";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { cachedRead, cacheTags } from "@/lib/data/cache";
import {
  toDirectoryPrisoner,
  type DirectoryPrisonerDto,
  type DirectoryRow,
} from "@/lib/data/prisoner-directory";
import type { Locale } from "@/lib/i18n/routing";
import { effectiveSort, type DirectoryQuery } from "@/lib/search/directory-params";
import { directoryOrderBy, directoryWhere } from "@/lib/search/prisoner-search";

/**
 * The plain directory listing (no `q`) continued from a profile rather than from an offset: the
 * rows after the published profile `afterSlug` in the directory's own order (its WHERE and ORDER
 * BY, lib/search/prisoner-search.ts), found through the order's index, so that page 5,000 costs
 * what page 1 does. The open-data API's list pages by it (lib/api/prisoner-list.ts).
 *
 * The position is the anchor's sort key, name and id, read here and never handed out: the cursor
 * names only the slug. Only a published profile can be an anchor, so that a made-up cursor with a
 * draft's slug cannot learn where that draft would sort (its name, its date of arrest); an anchor
 * unpublished or renamed since answers `anchorFound: false` and the client starts again.
 *
 * A search is ordered by rank, which has no key to continue from: it keeps paging by offset.
 */
export interface KeysetPageDto {
  items: DirectoryPrisonerDto[];
  /** Whether rows follow the last item. */
  hasMore: boolean;
  anchorFound: boolean;
}

interface Anchor {
  sortName: string;
  id: string;
  /** The date keys as text: they may be ±infinity, which a JavaScript Date cannot hold. */
  arrestKey: string | null;
  detentionKey: string | null;
}

async function findAnchor(slug: string): Promise<Anchor | null> {
  const rows = await prisma.$queryRaw<Anchor[]>`
    SELECT "sortName", id, "arrestSortKey"::text AS "arrestKey",
      "detentionSortKey"::text AS "detentionKey"
    FROM "Prisoner" WHERE slug = ${slug} AND state = 'PUBLISHED'`;
  return rows[0] ?? null;
}

/** Rows after the anchor in the order of `directoryOrderBy` for a query without `q`. */
function afterAnchor(query: DirectoryQuery, anchor: Anchor): Prisma.Sql {
  const byName = Prisma.sql`(p."sortName", p.id) > (${anchor.sortName}, ${anchor.id})`;
  const sort = effectiveSort(query);
  if (sort === "arrest") {
    // "arrestSortKey" DESC: PostgreSQL puts NULLs first in a descending order.
    return anchor.arrestKey === null
      ? Prisma.sql`(p."arrestSortKey" IS NOT NULL OR ${byName})`
      : Prisma.sql`(p."arrestSortKey" < ${anchor.arrestKey}::date
          OR (p."arrestSortKey" = ${anchor.arrestKey}::date AND ${byName}))`;
  }
  if (sort === "detention") {
    // "detentionSortKey" ASC NULLS LAST.
    return anchor.detentionKey === null
      ? Prisma.sql`(p."detentionSortKey" IS NULL AND ${byName})`
      : Prisma.sql`(p."detentionSortKey" > ${anchor.detentionKey}::date
          OR p."detentionSortKey" IS NULL
          OR (p."detentionSortKey" = ${anchor.detentionKey}::date AND ${byName}))`;
  }
  return byName;
}

async function readKeysetPage(
  query: DirectoryQuery,
  afterSlug: string | null,
  limit: number,
  locale: Locale,
): Promise<KeysetPageDto> {
  const anchor = afterSlug === null ? null : await findAnchor(afterSlug);
  if (afterSlug !== null && anchor === null)
    return { items: [], hasMore: false, anchorFound: false };
  const conditions = [directoryWhere(query, "none")];
  if (anchor) conditions.push(afterAnchor(query, anchor));
  const rows = await prisma.$queryRaw<DirectoryRow[]>`
    SELECT p.slug, p.name, p.status, p."statusSince", p."statusSincePrecision",
      p."arrestedOn", p."arrestedOnPrecision", p."redactedFields",
      p."countryCode", c.name AS "countryName", m.id AS "photoId", m."mimeType" AS "photoMimeType",
      m."originalFilename" AS "photoFilename", NULL::int AS rank
    FROM "Prisoner" AS p
    JOIN "Country" AS c ON c.code = p."countryCode"
    LEFT JOIN "MediaAsset" AS m ON m.id = p."photoId" AND m.kind = 'IMAGE'
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY ${directoryOrderBy(query, "none")}
    LIMIT ${limit + 1}`;
  return {
    items: rows.slice(0, limit).map((row) => toDirectoryPrisoner(row, locale)),
    hasMore: rows.length > limit,
    anchorFound: true,
  };
}

/**
 * One keyset page, from the shared cache for a minute (as a directory search is): walking the
 * whole list makes one entry per page, none of which is worth keeping longer.
 */
export const listPublishedPrisonersAfter = cachedRead(
  "directory.keyset",
  (query: DirectoryQuery, afterSlug: string | null, limit: number, locale: Locale) =>
    readKeysetPage({ ...query, q: "" }, afterSlug, limit, locale),
  () => [cacheTags.prisoners, cacheTags.countries, cacheTags.reference],
  { maxAgeSeconds: 60 },
);
