import "server-only";
import { can, type Action, type Actor, type ContentType } from "@/lib/auth/policy";
import { revalidateContent } from "@/lib/data/cache";
import { prisma } from "@/lib/db";
import { ForbiddenError } from "@/lib/errors";
import type { ContentState } from "@/lib/auth/policy";
import type { Tx } from "./types";

/** Large aggregates (a prisoner with many cases) take a few dozen statements to restore. */
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 30_000 };

/**
 * Runs one content write in one transaction and, after the commit, marks the public pages that
 * show the item stale. `work` returns its result and the cache tags to revalidate.
 */
export async function runWrite<T>(
  work: (tx: Tx) => Promise<{ result: T; tags: string[] }>,
): Promise<T> {
  const { result, tags } = await prisma.$transaction(work, TRANSACTION_OPTIONS);
  revalidateContent(...new Set(tags));
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
