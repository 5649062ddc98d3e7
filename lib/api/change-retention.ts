import "server-only";
import { prisma } from "@/lib/db";
import { CHANGE_FEED_RETENTION_DAYS } from "./change-cursor";

/**
 * A day on top of the retention the feed promises: cursors are judged by the web server's clock
 * (change-cursor.ts), entries' times by the database's, and the margin keeps a cursor that is
 * still honoured from ever pointing before a pruned entry when the two clocks disagree a little.
 */
const PRUNE_AFTER_DAYS = CHANGE_FEED_RETENTION_DAYS + 1;

/**
 * Deletes the change feed's entries older than the retention (the daily job
 * `public-changes.prune`). Entries' times never decrease with their ids, so this cuts a prefix
 * of the feed: what remains has no holes. Returns how many were deleted.
 */
export async function prunePublicChanges(): Promise<number> {
  return prisma.$executeRaw`
    DELETE FROM "PublicChange"
    WHERE "occurredAt" < now() - make_interval(days => ${PRUNE_AFTER_DAYS}::int)`;
}
