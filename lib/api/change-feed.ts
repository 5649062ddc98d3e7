import "server-only";
import { prisma } from "@/lib/db";
import type {
  PrisonerAspect,
  PublicChangeKind,
  PublicEntityType,
} from "@/lib/content-store/public-change-kind";
import { encodeChangeCursor, type ChangeCursor } from "./change-cursor";

/** One entry of the change feed: which item, what happened, when; never its content. */
export interface PublicChangeDto {
  /** The item's id (a country's code), as the API's other answers give it. */
  id: string;
  type: PublicEntityType;
  /** Its slug when the change happened (a country's code); null for articles. */
  slug: string | null;
  kind: PublicChangeKind;
  /** ISO 8601 time of the change. */
  at: string;
  /** For a prisoner's "changed": the public parts that changed. */
  aspects?: PrisonerAspect[];
}

export interface PublicChangePageDto {
  items: PublicChangeDto[];
  /** Pass as `since` for what comes next; given even on the last page, to poll with. */
  nextCursor: string;
}

/**
 * A margin behind the clock for the cursor of an empty page: an entry committed after this read
 * took its time (clock_timestamp, under the writers' lock) just before its commit, so no later
 * entry has a time more than this before now. Keeps an idle poller's cursor from expiring while
 * the feed is quiet, without ever dating a cursor after an entry it has not read.
 */
const EMPTY_PAGE_MARGIN_SECONDS = 300;

/**
 * Up to `limit` entries after the cursor, oldest first. A plain read, with no lock: the writers'
 * lock makes the ids visible in id order, so reading `id > cursor` never skips an entry that
 * commits later (lib/content-store/record-public-change.ts). Not through the shared cache: the
 * answer's own Cache-Control (a minute) bounds what the callers' caches keep, and the read is one
 * index range scan.
 */
export async function readPublicChanges(
  after: ChangeCursor,
  limit: number,
  now: Date = new Date(),
): Promise<PublicChangePageDto> {
  const rows = await prisma.publicChange.findMany({
    where: { id: { gt: after.id } },
    orderBy: { id: "asc" },
    take: limit,
  });
  const last = rows.at(-1);
  const nextCursor = last
    ? { id: last.id, atSeconds: Math.floor(last.occurredAt.getTime() / 1000) }
    : {
        id: after.id,
        atSeconds: Math.max(
          after.atSeconds,
          Math.floor(now.getTime() / 1000) - EMPTY_PAGE_MARGIN_SECONDS,
        ),
      };
  return {
    items: rows.map((row) => ({
      id: row.entityId,
      type: row.entityType,
      slug: row.slug,
      kind: row.kind,
      at: row.occurredAt.toISOString(),
      ...(row.aspects.length > 0 ? { aspects: row.aspects as PrisonerAspect[] } : {}),
    })),
    nextCursor: encodeChangeCursor(nextCursor),
  };
}
