import "server-only";
import type { Actor } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/session";
import type {
  AttentionBlock,
  AttentionContentItem,
  AttentionDateItem,
  AttentionProfileItem,
} from "@/lib/data/attention";
import { getMyDrafts } from "@/lib/data/attention-content";
import {
  getStaleProfiles,
  getUpcomingCourtDates,
  getUpcomingReleases,
  workablePrisonerStates,
} from "@/lib/data/attention-dates";
import { ATTENTION_PAGE_SIZE, type AttentionOptions } from "@/lib/data/attention-windows";
import { pageWindow, type PageSlice } from "@/lib/data/page-window";
import { ForbiddenError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/routing";

/**
 * The full, paginated list behind a block of the dashboard home that has no list page of its
 * own (items in review have the review queue, reports the inbox). Read through the same functions
 * as the block, so the list's total is the block's count. Stale profiles come longest untouched
 * first, releases and court dates soonest first, drafts last changed first.
 */
export const ATTENTION_LISTS = ["stale-profiles", "releases", "court-dates", "my-drafts"] as const;
export type AttentionListName = (typeof ATTENTION_LISTS)[number];

export type AttentionListPage = PageSlice &
  (
    | { list: "stale-profiles"; items: AttentionProfileItem[] }
    | { list: "releases" | "court-dates"; items: AttentionDateItem[]; datesOfDraftsOnly: boolean }
    | { list: "my-drafts"; items: AttentionContentItem[] }
  );

type Reader<Item> = (
  actor: Actor,
  locale: Locale,
  options: AttentionOptions,
) => Promise<AttentionBlock<Item> | null>;

const READERS = {
  "stale-profiles": getStaleProfiles,
  releases: getUpcomingReleases,
  "court-dates": getUpcomingCourtDates,
  "my-drafts": getMyDrafts,
} satisfies Record<AttentionListName, Reader<unknown>>;

/** One page of a block's list. ForbiddenError when the actor's role does not see that block. */
export async function getAttentionListPage(
  actor: Actor,
  locale: Locale,
  list: AttentionListName,
  requestedPage: number | undefined,
  pageSize: number = ATTENTION_PAGE_SIZE,
): Promise<AttentionListPage> {
  authorize(actor, "view", { type: "dashboard" });
  const read = READERS[list] as Reader<never>;
  const readPage = async (page: number) => {
    const block = await read(actor, locale, { limit: pageSize, offset: (page - 1) * pageSize });
    if (!block) throw new ForbiddenError("view", list);
    return block;
  };
  let block = await readPage(Math.max(1, requestedPage ?? 1));
  const window = pageWindow(block.count, requestedPage, pageSize);
  // A page past the end (the list shrank, or a typed URL) shows the last page instead.
  if (window.page !== Math.max(1, requestedPage ?? 1)) block = await readPage(window.page);
  const slice: PageSlice = {
    total: block.count,
    page: window.page,
    pageCount: window.pageCount,
    pageSize,
  };
  if (list === "releases" || list === "court-dates") {
    const workable = workablePrisonerStates(actor);
    const datesOfDraftsOnly = workable.length === 1 && workable[0] === "DRAFT";
    return { ...slice, list, items: block.items, datesOfDraftsOnly };
  }
  return { ...slice, list, items: block.items } as AttentionListPage;
}
