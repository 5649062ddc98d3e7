import "server-only";
import { can, type Actor, type ContentType } from "@/lib/auth/policy";
import { DETAINED_STATUSES } from "@/lib/content/prisoner-status";
import { toCalendarDate, type CalendarDate } from "@/lib/data/calendar-date";
import { prisma } from "@/lib/db";
import { ForbiddenError } from "@/lib/errors";
import type { EventType, Prisma, PublicationState } from "@/lib/generated/prisma/client";
import { resolveLocalizedText, type LocalizedString } from "@/lib/i18n/localized-text";
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
 * `now` and `limit` are parameters so that tests can place the windows; pages use the defaults.
 */

export interface AttentionOptions {
  now?: Date;
  /** How many items each block lists. */
  limit?: number;
}

export interface AttentionBlock<Item> {
  count: number;
  items: Item[];
}

/** Content kinds that carry a PublicationState (letters have no review state and appear only as drafts). */
export type AttentionContentKind = "prisoner" | "publication" | "event" | "letter";

export interface AttentionContentItem {
  kind: AttentionContentKind;
  id: string;
  title: LocalizedString | null;
  /** For events: their type, which names them when they have no title. */
  eventType?: EventType;
  /** The dashboard page to open it on; null when the dashboard has no editor for it. */
  href: string | null;
  /** When it was last changed (for items in review: when it was submitted). */
  changedAt: string;
}

export interface AttentionReportItem {
  id: string;
  prisonerName: LocalizedString | null;
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
  name: LocalizedString | null;
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
  prisonerName: LocalizedString | null;
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

/** Timeline events that are court dates: hearings, rulings, verdicts and appeals. */
export const COURT_EVENT_TYPES = ["HEARING", "COURT_RULING", "VERDICT", "APPEAL"] as const;

/** How far ahead release and court dates are shown, in days (both ends included). */
export const UPCOMING_WINDOW_DAYS = 30;
/** A published profile neither changed nor reviewed for this many months is listed as stale. */
export const STALE_AFTER_MONTHS = 6;

const DEFAULT_LIMIT = 5;
const DAY_MS = 86_400_000;

export const prisonerEditHref = (id: string) => `/dashboard/prisoners/${id}`;
/** The prisoner editor's tabs where cases (with their dates) and timeline events are edited. */
export const prisonerCasesHref = (id: string) => `/dashboard/prisoners/${id}/cases`;
export const prisonerTimelineHref = (id: string) => `/dashboard/prisoners/${id}/timeline`;
export const publicationEditHref = (id: string) => `/dashboard/publications/${id}`;
export const reviewQueueHref = "/dashboard/review";

/** Events are edited on a prisoner's timeline: the first prisoner's, else the review queue. */
function eventHref(prisoners: { prisonerId: string }[], fallback: string | null) {
  return prisoners[0] ? prisonerTimelineHref(prisoners[0].prisonerId) : fallback;
}

const firstPrisoner = {
  select: { prisonerId: true },
  take: 1,
  orderBy: { prisonerId: "asc" },
} as const;
export const reportHref = (id: string) => `/dashboard/reports/${id}`;

/** Midnight UTC of `now`'s day: `@db.Date` columns compare against calendar days. */
export function startOfUtcDay(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** `months` calendar months before `date`, clamped to the end of a shorter month (31 Aug → 28/29 Feb). */
export function monthsBefore(date: Date, months: number): Date {
  const target = new Date(date);
  const day = date.getUTCDate();
  target.setUTCDate(1);
  target.setUTCMonth(target.getUTCMonth() - months);
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target;
}

/** The upcoming window [today, today + 30 days] as `@db.Date` bounds. */
export function upcomingWindow(now: Date): { gte: Date; lte: Date } {
  const today = startOfUtcDay(now);
  return { gte: today, lte: new Date(today.getTime() + UPCOMING_WINDOW_DAYS * DAY_MS) };
}

const PUBLICATION_STATES = ["DRAFT", "IN_REVIEW", "PUBLISHED", "ARCHIVED"] as const;

/** Prisoner states whose profiles the actor may update; archived ones are never "coming up". */
function workablePrisonerStates(actor: Actor): PublicationState[] {
  return PUBLICATION_STATES.filter(
    (state) => state !== "ARCHIVED" && can(actor, "update", { type: "prisoner", state }),
  );
}

function iso(date: Date): string {
  return date.toISOString();
}

function byDateThenKey(a: AttentionDateItem, b: AttentionDateItem): number {
  return a.date.iso.localeCompare(b.date.iso) || a.key.localeCompare(b.key);
}

const nameSelect = { select: { id: true, name: true } } as const;

// ── Items in review ──────────────────────────────────────────────────────────────────────────────

/**
 * Prisoners, publications and timeline events waiting for an editor, longest-waiting first.
 * Events have no policy resource of their own: they are edited as part of a prisoner's timeline,
 * so the prisoner rule decides.
 */
export async function getItemsInReview(
  actor: Actor,
  locale: Locale,
  { limit = DEFAULT_LIMIT }: AttentionOptions = {},
): Promise<AttentionBlock<AttentionContentItem> | null> {
  const mayPublish = (type: ContentType) => can(actor, "publish", { type, state: "IN_REVIEW" });
  const prisoners = mayPublish("prisoner");
  const publications = mayPublish("publication");
  if (!prisoners && !publications) return null;

  const inReview = { state: "IN_REVIEW" } as const;
  const order = [{ updatedAt: "asc" }, { id: "asc" }] as const;
  const [prisonerCount, publicationCount, eventCount, prisonerRows, publicationRows, eventRows] =
    await Promise.all([
      prisoners ? prisma.prisoner.count({ where: inReview }) : 0,
      publications ? prisma.publication.count({ where: inReview }) : 0,
      prisoners ? prisma.event.count({ where: inReview }) : 0,
      prisoners
        ? prisma.prisoner.findMany({
            where: inReview,
            select: { id: true, name: true, updatedAt: true },
            orderBy: [...order],
            take: limit,
          })
        : [],
      publications
        ? prisma.publication.findMany({
            where: inReview,
            select: { id: true, title: true, updatedAt: true },
            orderBy: [...order],
            take: limit,
          })
        : [],
      prisoners
        ? prisma.event.findMany({
            where: inReview,
            select: {
              id: true,
              title: true,
              type: true,
              updatedAt: true,
              prisoners: firstPrisoner,
            },
            orderBy: [...order],
            take: limit,
          })
        : [],
    ]);

  const items: AttentionContentItem[] = [
    ...prisonerRows.map((row) => ({
      kind: "prisoner" as const,
      id: row.id,
      title: resolveLocalizedText(row.name, locale),
      href: prisonerEditHref(row.id),
      changedAt: iso(row.updatedAt),
    })),
    ...publicationRows.map((row) => ({
      kind: "publication" as const,
      id: row.id,
      title: resolveLocalizedText(row.title, locale),
      href: publicationEditHref(row.id),
      changedAt: iso(row.updatedAt),
    })),
    ...eventRows.map((row) => ({
      kind: "event" as const,
      id: row.id,
      title: resolveLocalizedText(row.title, locale),
      eventType: row.type,
      href: eventHref(row.prisoners, reviewQueueHref),
      changedAt: iso(row.updatedAt),
    })),
  ];
  items.sort((a, b) => a.changedAt.localeCompare(b.changedAt) || a.id.localeCompare(b.id));
  return { count: prisonerCount + publicationCount + eventCount, items: items.slice(0, limit) };
}

// ── Inaccuracy reports ───────────────────────────────────────────────────────────────────────────

/** Reports nobody has closed yet: unassigned ones first, then the oldest. */
export async function getOpenReports(
  actor: Actor,
  locale: Locale,
  { limit = DEFAULT_LIMIT }: AttentionOptions = {},
): Promise<AttentionReportsBlock | null> {
  const resource = { type: "inaccuracyReport" } as const;
  if (!can(actor, "assign", resource) && !can(actor, "resolve", resource)) return null;

  const open = { status: { in: ["OPEN", "ASSIGNED"] } } satisfies Prisma.InaccuracyReportWhereInput;
  const listed = (where: Prisma.InaccuracyReportWhereInput) =>
    prisma.inaccuracyReport.findMany({
      where: { ...open, ...where },
      select: {
        id: true,
        createdAt: true,
        assigneeId: true,
        assignee: { select: { name: true } },
        prisoner: { select: { name: true } },
      },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: limit,
    });
  // Two short lists rather than one sort on "is assigned", which Prisma cannot express.
  const [count, unassigned, assignedToMe, unassignedRows, assignedRows] = await Promise.all([
    prisma.inaccuracyReport.count({ where: open }),
    prisma.inaccuracyReport.count({ where: { ...open, assigneeId: null } }),
    prisma.inaccuracyReport.count({ where: { ...open, assigneeId: actor.id } }),
    listed({ assigneeId: null }),
    listed({ assigneeId: { not: null } }),
  ]);

  const items = [...unassignedRows, ...assignedRows].slice(0, limit).map((row) => ({
    id: row.id,
    prisonerName: resolveLocalizedText(row.prisoner.name, locale),
    receivedAt: iso(row.createdAt),
    assigneeName: row.assignee?.name ?? null,
    assignedToMe: row.assigneeId === actor.id,
    href: reportHref(row.id),
  }));
  return { count, unassigned, assignedToMe, items };
}

// ── Stale profiles ───────────────────────────────────────────────────────────────────────────────

/** Published profiles neither changed nor reviewed against their sources for six months. */
export async function getStaleProfiles(
  actor: Actor,
  locale: Locale,
  { now = new Date(), limit = DEFAULT_LIMIT }: AttentionOptions = {},
): Promise<AttentionBlock<AttentionProfileItem> | null> {
  if (!can(actor, "update", { type: "prisoner", state: "PUBLISHED" })) return null;

  const cutoff = monthsBefore(now, STALE_AFTER_MONTHS);
  const where = {
    state: "PUBLISHED",
    updatedAt: { lt: cutoff },
    OR: [{ lastReviewedAt: null }, { lastReviewedAt: { lt: cutoff } }],
  } satisfies Prisma.PrisonerWhereInput;
  const [count, rows] = await Promise.all([
    prisma.prisoner.count({ where }),
    prisma.prisoner.findMany({
      where,
      select: { id: true, name: true, updatedAt: true, lastReviewedAt: true },
      orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
      take: limit,
    }),
  ]);
  return {
    count,
    items: rows.map((row) => ({
      prisonerId: row.id,
      name: resolveLocalizedText(row.name, locale),
      lastTouchedAt: iso(
        row.lastReviewedAt && row.lastReviewedAt > row.updatedAt
          ? row.lastReviewedAt
          : row.updatedAt,
      ),
      href: prisonerEditHref(row.id),
    })),
  };
}

// ── Coming releases ──────────────────────────────────────────────────────────────────────────────

/** Expected releases (Case.expectedReleaseOn) of people still detained, in the next 30 days. */
export async function getUpcomingReleases(
  actor: Actor,
  locale: Locale,
  { now = new Date(), limit = DEFAULT_LIMIT }: AttentionOptions = {},
): Promise<AttentionBlock<AttentionDateItem> | null> {
  const states = workablePrisonerStates(actor);
  if (states.length === 0) return null;

  const where = {
    expectedReleaseOn: upcomingWindow(now),
    prisoner: { state: { in: states }, status: { in: [...DETAINED_STATUSES] } },
  } satisfies Prisma.CaseWhereInput;
  const [count, rows] = await Promise.all([
    prisma.case.count({ where }),
    prisma.case.findMany({
      where,
      select: { id: true, expectedReleaseOn: true, prisoner: nameSelect },
      orderBy: [{ expectedReleaseOn: "asc" }, { id: "asc" }],
      take: limit,
    }),
  ]);
  return {
    count,
    items: rows.map((row) => ({
      key: `case:${row.id}:expectedReleaseOn`,
      kind: "release",
      // Never null: the window filter requires the date.
      date: toCalendarDate(row.expectedReleaseOn)!,
      prisonerId: row.prisoner.id,
      prisonerName: resolveLocalizedText(row.prisoner.name, locale),
      href: prisonerCasesHref(row.prisoner.id),
    })),
  };
}

// ── Court dates ──────────────────────────────────────────────────────────────────────────────────

const CASE_COURT_DATES = [
  { field: "trialStartedOn", kind: "trialStart" },
  { field: "verdictOn", kind: "verdict" },
  { field: "appealDecidedOn", kind: "appealDecision" },
] as const;

/**
 * Hearings, rulings, verdicts and appeals in the next 30 days: timeline events of those types and
 * the court dates of cases (trial start, verdict, appeal decision). Each source is counted and
 * listed by the database; the lists (each at most `limit` long) are merged by date.
 */
export async function getUpcomingCourtDates(
  actor: Actor,
  locale: Locale,
  { now = new Date(), limit = DEFAULT_LIMIT }: AttentionOptions = {},
): Promise<AttentionBlock<AttentionDateItem> | null> {
  const states = workablePrisonerStates(actor);
  if (states.length === 0) return null;
  const window = upcomingWindow(now);
  const workablePrisoner = { state: { in: states } } satisfies Prisma.PrisonerWhereInput;

  // An event counts when it concerns a prisoner the actor may update, directly or through its case.
  const eventWhere = {
    type: { in: [...COURT_EVENT_TYPES] },
    state: { not: "ARCHIVED" },
    date: window,
    OR: [
      { prisoners: { some: { prisoner: workablePrisoner } } },
      { case: { prisoner: workablePrisoner } },
    ],
  } satisfies Prisma.EventWhereInput;

  const caseQueries = CASE_COURT_DATES.map(async ({ field, kind }) => {
    const where = { [field]: window, prisoner: workablePrisoner } satisfies Prisma.CaseWhereInput;
    const [count, rows] = await Promise.all([
      prisma.case.count({ where }),
      prisma.case.findMany({
        where,
        select: {
          id: true,
          trialStartedOn: true,
          verdictOn: true,
          appealDecidedOn: true,
          prisoner: nameSelect,
        },
        orderBy: [{ [field]: "asc" }, { id: "asc" }],
        take: limit,
      }),
    ]);
    const items = rows.map((row): AttentionDateItem => ({
      key: `case:${row.id}:${field}`,
      kind,
      date: toCalendarDate(row[field])!,
      prisonerId: row.prisoner.id,
      prisonerName: resolveLocalizedText(row.prisoner.name, locale),
      href: prisonerCasesHref(row.prisoner.id),
    }));
    return { count, items };
  });

  const eventQuery = Promise.all([
    prisma.event.count({ where: eventWhere }),
    prisma.event.findMany({
      where: eventWhere,
      select: {
        id: true,
        type: true,
        date: true,
        datePrecision: true,
        case: { select: { prisoner: nameSelect } },
        prisoners: { select: { prisoner: nameSelect }, take: 1, orderBy: { prisonerId: "asc" } },
      },
      orderBy: [{ date: "asc" }, { id: "asc" }],
      take: limit,
    }),
  ]).then(([count, rows]) => ({
    count,
    items: rows.map((row): AttentionDateItem => {
      // On the prisoner's timeline when linked to them, else only through its case.
      const onTimeline = row.prisoners[0]?.prisoner;
      const prisoner = onTimeline ?? row.case?.prisoner ?? null;
      return {
        key: `event:${row.id}`,
        kind: row.type as AttentionDateKind,
        date: toCalendarDate(row.date, row.datePrecision)!,
        prisonerId: prisoner?.id ?? null,
        prisonerName: prisoner ? resolveLocalizedText(prisoner.name, locale) : null,
        href: onTimeline
          ? prisonerTimelineHref(onTimeline.id)
          : prisoner
            ? prisonerCasesHref(prisoner.id)
            : null,
      };
    }),
  }));

  const parts = await Promise.all([eventQuery, ...caseQueries]);
  return {
    count: parts.reduce((sum, part) => sum + part.count, 0),
    items: parts
      .flatMap((part) => part.items)
      .sort(byDateThenKey)
      .slice(0, limit),
  };
}

// ── Own drafts ───────────────────────────────────────────────────────────────────────────────────

/** Drafts the actor started, most recently changed first. */
export async function getMyDrafts(
  actor: Actor,
  locale: Locale,
  { limit = DEFAULT_LIMIT }: AttentionOptions = {},
): Promise<AttentionBlock<AttentionContentItem>> {
  const mine = { createdById: actor.id, state: "DRAFT" } as const;
  const order = [{ updatedAt: "desc" }, { id: "asc" }] as const;
  const select = { id: true, updatedAt: true } as const;
  const [counts, prisoners, publications, events, letters] = await Promise.all([
    Promise.all([
      prisma.prisoner.count({ where: mine }),
      prisma.publication.count({ where: mine }),
      prisma.event.count({ where: mine }),
      prisma.letter.count({ where: mine }),
    ]),
    prisma.prisoner.findMany({
      where: mine,
      select: { ...select, name: true },
      orderBy: [...order],
      take: limit,
    }),
    prisma.publication.findMany({
      where: mine,
      select: { ...select, title: true },
      orderBy: [...order],
      take: limit,
    }),
    prisma.event.findMany({
      where: mine,
      select: {
        ...select,
        title: true,
        type: true,
        prisoners: firstPrisoner,
      },
      orderBy: [...order],
      take: limit,
    }),
    prisma.letter.findMany({
      where: mine,
      select: { ...select, title: true },
      orderBy: [...order],
      take: limit,
    }),
  ]);

  // Letters have no dashboard editor yet: they are listed without a link.
  const items: AttentionContentItem[] = [
    ...prisoners.map((row) => ({
      kind: "prisoner" as const,
      id: row.id,
      title: resolveLocalizedText(row.name, locale),
      href: prisonerEditHref(row.id),
      changedAt: iso(row.updatedAt),
    })),
    ...publications.map((row) => ({
      kind: "publication" as const,
      id: row.id,
      title: resolveLocalizedText(row.title, locale),
      href: publicationEditHref(row.id),
      changedAt: iso(row.updatedAt),
    })),
    ...events.map((row) => ({
      kind: "event" as const,
      id: row.id,
      title: resolveLocalizedText(row.title, locale),
      eventType: row.type,
      href: eventHref(row.prisoners, null),
      changedAt: iso(row.updatedAt),
    })),
    ...letters.map((row) => ({
      kind: "letter" as const,
      id: row.id,
      title: resolveLocalizedText(row.title, locale),
      href: null,
      changedAt: iso(row.updatedAt),
    })),
  ];
  items.sort((a, b) => b.changedAt.localeCompare(a.changedAt) || a.id.localeCompare(b.id));
  return { count: counts.reduce((sum, n) => sum + n, 0), items: items.slice(0, limit) };
}

// ── All blocks ───────────────────────────────────────────────────────────────────────────────────

/** Every block of the dashboard home for this actor, read in parallel. */
export async function getDashboardAttention(
  actor: Actor,
  locale: Locale,
  options: AttentionOptions = {},
): Promise<DashboardAttention> {
  if (!can(actor, "view", { type: "dashboard" })) throw new ForbiddenError("view", "dashboard");
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
