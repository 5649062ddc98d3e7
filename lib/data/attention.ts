import "server-only";
import { authorize } from "@/lib/auth/session";
import type { Actor } from "@/lib/auth/policy";
import type { CalendarDate } from "@/lib/data/calendar-date";
import { getItemsInReview, getMyDrafts } from "@/lib/data/attention-content";
import {
  getStaleProfiles,
  getUpcomingCourtDates,
  getUpcomingReleases,
  workablePrisonerStates,
  type COURT_EVENT_TYPES,
} from "@/lib/data/attention-dates";
import { getOpenReports } from "@/lib/data/attention-reports";
import type { AttentionOptions } from "@/lib/data/attention-windows";
import type { EventType } from "@/lib/generated/prisma/client";
import type { ResolvedText } from "@/lib/i18n/resolved-text";
import type { Locale } from "@/lib/i18n/routing";

/**
 * "What needs attention": the dashboard home's blocks. Each block is a count made by the database
 * and the first few items, and is `null` when the actor's role may not act on it (can()), so the
 * page shows only what the person can do something about.
 *
 * Who acts on what:
 * - items in review: those who may publish them (editors);
 * - open inaccuracy reports: those who may assign and resolve them (editors);
 * - stale profiles, coming releases and court dates: those who may update the prisoner in its
 *   current state (contributors see only draft profiles, editors all but archived ones);
 * - own drafts: everyone.
 *
 * The blocks are read by job: content waiting or unfinished (attention-content.ts), reports
 * (attention-reports.ts), what the calendar brings up (attention-dates.ts), with the windows and
 * list length in attention-windows.ts. This module holds their shapes and reads them all.
 */

export interface AttentionBlock<Item> {
  count: number;
  items: Item[];
}

/** Content kinds that carry a PublicationState (letters have no review state and appear only as drafts). */
export type AttentionContentKind = "prisoner" | "publication" | "event" | "letter";

export interface AttentionContentItem {
  kind: AttentionContentKind;
  id: string;
  title: ResolvedText | null;
  /** For events: their type, which names them when they have no title. */
  eventType?: EventType;
  /** The dashboard page to open it on; null when the dashboard has no editor for it. */
  href: string | null;
  /** When it was last changed (for items in review: when it was submitted). */
  changedAt: string;
}

export interface AttentionReportItem {
  id: string;
  prisonerName: ResolvedText | null;
  receivedAt: string;
  assigneeName: string | null;
  assignedToMe: boolean;
  href: string;
}

export interface AttentionReportsBlock extends AttentionBlock<AttentionReportItem> {
  unassigned: number;
  assignedToMe: number;
}

export interface AttentionProfileItem {
  prisonerId: string;
  name: ResolvedText | null;
  /** The later of the last change and the last review against the sources. */
  lastTouchedAt: string;
  href: string;
}

export type AttentionDateKind =
  | "release"
  | "trialStart"
  | "verdict"
  | "appealDecision"
  | Extract<EventType, (typeof COURT_EVENT_TYPES)[number]>;

export interface AttentionDateItem {
  /** Which row the date comes from: `case:<id>:<field>` or `event:<id>`; unique in a list. */
  key: string;
  kind: AttentionDateKind;
  date: CalendarDate;
  prisonerId: string | null;
  prisonerName: ResolvedText | null;
  href: string | null;
}

export interface DashboardAttention {
  inReview: AttentionBlock<AttentionContentItem> | null;
  reports: AttentionReportsBlock | null;
  staleProfiles: AttentionBlock<AttentionProfileItem> | null;
  releases: AttentionBlock<AttentionDateItem> | null;
  courtDates: AttentionBlock<AttentionDateItem> | null;
  myDrafts: AttentionBlock<AttentionContentItem>;
  /** True when release and court dates cover only draft profiles (the ones a contributor edits). */
  datesOfDraftsOnly: boolean;
}

/** Every block of the dashboard home for this actor, read in parallel. */
export async function getDashboardAttention(
  actor: Actor,
  locale: Locale,
  options: AttentionOptions = {},
): Promise<DashboardAttention> {
  authorize(actor, "view", { type: "dashboard" });
  const [inReview, reports, staleProfiles, releases, courtDates, myDrafts] = await Promise.all([
    getItemsInReview(actor, locale, options),
    getOpenReports(actor, locale, options),
    getStaleProfiles(actor, locale, options),
    getUpcomingReleases(actor, locale, options),
    getUpcomingCourtDates(actor, locale, options),
    getMyDrafts(actor, locale, options),
  ]);
  const workable = workablePrisonerStates(actor);
  const datesOfDraftsOnly = workable.length === 1 && workable[0] === "DRAFT";
  return { inReview, reports, staleProfiles, releases, courtDates, myDrafts, datesOfDraftsOnly };
}
