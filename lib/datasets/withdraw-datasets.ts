import "server-only";
import type { Tx } from "@/lib/content-store/types";

/** Tag of the cached dataset reads; a build, a prune and a withdrawal revalidate it. */
export const DATASETS_CACHE_TAG = "datasets";

/**
 * A profile left public view (unpublished, archived, deleted), or a field was newly withheld from
 * one that stays public (redaction-withdrawal.ts): every kept dataset still holds it, and for a
 * person whose family asked for removal, 30 days of downloads would undo the removal.
 * So the write that removes it withdraws them all, in its own transaction: from its commit no
 * list shows them and no download serves them (once the caller revalidates DATASETS_CACHE_TAG);
 * the next run deletes their files and builds the day again without the profile.
 */
export async function withdrawDatasets(tx: Tx): Promise<void> {
  await tx.dataset.updateMany({ where: { status: "READY" }, data: { status: "WITHDRAWN" } });
}
