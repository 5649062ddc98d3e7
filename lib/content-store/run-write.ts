import "server-only";
import { can, type Action, type Actor, type ContentType } from "@/lib/auth/policy";
import { revalidateContent } from "@/lib/data/cache";
import { prisma } from "@/lib/db";
import { ForbiddenError } from "@/lib/errors";
import type { ContentState } from "@/lib/auth/policy";
import { DATASETS_CACHE_TAG, withdrawDatasets } from "@/lib/datasets/withdraw-datasets";
import { recordPublicChanges, type PublicChangeWrite } from "./record-public-change";
import type { Tx } from "./types";

/** Large aggregates (a prisoner with many cases) take a few dozen statements to restore. */
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 30_000 };

/**
 * Runs one content write in one transaction and, after the commit, marks the public pages that
 * show the item stale. `work` returns its result and the cache tags to revalidate. A batch of
 * writes (bulk publish) passes `collectTags` instead: the tags are added to it and the batch
 * revalidates the union once, as many items share list and country tags.
 */
export async function runWrite<T>(
  work: (tx: Tx) => Promise<{
    result: T;
    tags: string[];
    changes?: PublicChangeWrite[];
    /** A field newly withheld from a still-public profile (lib/datasets/redaction-withdrawal.ts). */
    withdrawsDatasets?: boolean;
  }>,
  collectTags?: Set<string>,
): Promise<T> {
  const { result, tags } = await prisma.$transaction(async (tx) => {
    const done = await work(tx);
    const changes = done.changes ?? [];
    // A profile that leaves public view, or a field withheld from one, must leave the
    // downloadable datasets with it.
    const removed = changes.some(
      (change) => change.entityType === "prisoner" && change.kind === "removed",
    );
    if (removed || done.withdrawsDatasets) {
      await withdrawDatasets(tx);
      done.tags.push(DATASETS_CACHE_TAG);
    }
    // The change feed's rows, as the transaction's last statement (record-public-change.ts).
    await recordPublicChanges(tx, changes);
    return done;
  }, TRANSACTION_OPTIONS);
  if (collectTags) for (const tag of tags) collectTags.add(tag);
  else revalidateContent(...new Set(tags));
  return result;
}

/** Throws ForbiddenError unless the policy allows the action on the item in its current state. */
export function authorizeContent(
  actor: Actor,
  action: Action,
  type: ContentType,
  state: ContentState | undefined,
): void {
  if (!can(actor, action, state ? { type, state } : { type })) {
    throw new ForbiddenError(action, type);
  }
}
