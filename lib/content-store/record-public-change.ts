import "server-only";
import { alertFactsOf, hasAlertFacts, type AlertFacts } from "@/lib/follows/alerts/alert-facts";
import { notWithheldWhere, publishedPrisonerWhere } from "@/lib/data/prisoners";
import { Prisma } from "@/lib/generated/prisma/client";
import { prisonersCitingSource } from "./registry/reference-entries";
import { publicChangeCascades, type PublicChangeCascade } from "./public-change-cascade";
import { publicChangeOf, type PublicChangeOf } from "./public-change-kind";
import type { ContentRegistryEntry, Snapshot, Tx } from "./types";

/**
 * The one home of the change feed's writes (GET /api/v1/changes, lib/api/change-feed.ts): what a
 * content write changed of what the public sees, recorded IN the write's transaction, so that a
 * change is in the feed exactly when it is in the data (a rolled-back write leaves no entry, a
 * committed one cannot lose its entry).
 */
export interface PublicChangeRow extends PublicChangeOf {
  entityId: string;
  /**
   * The item's alert facts before and after the write (lib/follows/alerts/alert-facts.ts), for
   * the followers' alerts; private, never in the feed. Absent for rows that carry none (a
   * source's cascade, a sponsor, a tag rename): the alert job ignores those.
   */
  facts?: { before: AlertFacts | null; after: AlertFacts | null };
}

/** A row, or a cascade of rows written by one INSERT … SELECT (public-change-cascade.ts). */
export type PublicChangeWrite = PublicChangeRow | PublicChangeCascade;

/** pg_advisory_xact_lock key of the feed's writers: "vigilchg" in ASCII. */
const FEED_LOCK_KEY = 0x7669_6769_6c63_6867n;

/**
 * The feed rows of one content write: the item's own (publicChangeOf), and for a source, a
 * "changed" (aspect "sources") of every published profile that cites it, since the profile shows
 * the source's title, publisher and links; for the other items profiles show, their cascades
 * (public-change-cascade.ts). Asked inside the transaction, before a delete.
 */
export async function publicChangesOfWrite(
  tx: Tx,
  entry: ContentRegistryEntry,
  id: string,
  before: Snapshot | null,
  after: Snapshot | null,
): Promise<PublicChangeWrite[]> {
  const own = publicChangeOf(entry.type, before, after);
  const rows: PublicChangeWrite[] = own
    ? [{ ...own, entityId: id, ...factsOf(entry, before, after) }]
    : [];
  if (entry.type === "source" && before && after) {
    if (JSON.stringify(before) !== JSON.stringify(after)) {
      rows.push(...(await publishedProfilesChanged(tx, await prisonersCitingSource(tx, id))));
    }
  }
  rows.push(...(await publicChangeCascades(tx, entry.type, id, before, after)));
  return rows;
}

/** Pure data only, so the save does not slow down with followers: the fan-out is in jobs. */
function factsOf(
  entry: ContentRegistryEntry,
  before: Snapshot | null,
  after: Snapshot | null,
): Pick<PublicChangeRow, "facts"> {
  if (!hasAlertFacts(entry.type)) return {};
  const facts = {
    before: alertFactsOf(entry.type, before),
    after: alertFactsOf(entry.type, after),
  };
  // Facts that did not change can make no alert: no row.
  return JSON.stringify(facts.before) === JSON.stringify(facts.after) ? {} : { facts };
}

async function publishedProfilesChanged(tx: Tx, ids: string[]): Promise<PublicChangeRow[]> {
  if (ids.length === 0) return [];
  const prisoners = await tx.prisoner.findMany({
    where: {
      id: { in: ids },
      ...publishedPrisonerWhere,
      ...notWithheldWhere("citations"),
    },
    select: { id: true, slug: true },
    orderBy: { id: "asc" },
  });
  return prisoners.map((prisoner) => ({
    entityType: "prisoner",
    entityId: prisoner.id,
    slug: prisoner.slug,
    kind: "changed",
    aspects: ["sources"],
  }));
}

/**
 * Appends the rows to the feed. MUST be the last statement of its transaction (the content store
 * calls it from runWrite once the write's work has returned, the importer after its last row).
 *
 * Why the lock: the feed's cursor is the row id, and a reader must never hand out id 105 and later
 * find 104, committed after it (bigserial ids are taken at insert and commit in any order). Every
 * writer takes this transaction-scoped lock just before its insert and holds it until its commit,
 * so feed rows commit in id order: a reader that sees a row sees every row with a smaller id that
 * will ever exist (the others were rolled back). Taken last, the lock is held only for the insert
 * and the commit, and it cannot deadlock: its holder waits for no other lock. Writers of public
 * content are editors, at human pace; readers take no lock at all. (Rejected: a commit-ordered
 * position stamped after commit needs a writer on every read, or a job and its delay; a reader-side
 * `pg_snapshot_xmin` bound orders by transaction start, which for two edits of one item can differ
 * from their commit order; a time lag is only probably enough.)
 */
export async function recordPublicChanges(
  tx: Tx,
  changes: readonly PublicChangeWrite[],
): Promise<void> {
  if (changes.length === 0) return;
  const rows = changes.filter((change): change is PublicChangeRow => !("insert" in change));
  const cascades = changes.filter((change): change is PublicChangeCascade => "insert" in change);
  await tx.$executeRawUnsafe("SELECT pg_advisory_xact_lock($1::bigint)", FEED_LOCK_KEY.toString());
  // An empty list (only cascades) inserts nothing.
  await tx.publicChange.createMany({
    data: rows.map((row) => ({
      entityType: row.entityType,
      entityId: row.entityId,
      slug: row.slug,
      kind: row.kind,
      aspects: row.aspects,
    })),
  });
  for (const cascade of cascades) await tx.$executeRaw(cascade.insert);
  await recordAlertFacts(tx, rows);
}

/** The followers' alert facts, under the feed's lock: their occurredAt is as late as its rows'. */
async function recordAlertFacts(tx: Tx, rows: readonly PublicChangeRow[]): Promise<void> {
  const withFacts = rows.filter((row) => row.facts);
  if (withFacts.length === 0) return;
  await tx.publicChangeFacts.createMany({
    data: withFacts.map((row) => ({
      entityType: row.entityType,
      entityId: row.entityId,
      before: jsonOrDbNull(row.facts!.before),
      after: jsonOrDbNull(row.facts!.after),
    })),
  });
}

function jsonOrDbNull(facts: AlertFacts | null): Prisma.InputJsonValue | typeof Prisma.DbNull {
  return facts === null ? Prisma.DbNull : (facts as unknown as Prisma.InputJsonValue);
}
