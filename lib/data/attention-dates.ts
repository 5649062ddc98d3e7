import "server-only";
import { can, type Actor } from "@/lib/auth/policy";
import { DETAINED_STATUSES } from "@/lib/content-model/prisoner-status";
import type {
  AttentionBlock,
  AttentionDateItem,
  AttentionDateKind,
  AttentionProfileItem,
} from "@/lib/data/attention";
import {
  ATTENTION_LIST_LIMIT,
  monthsBefore,
  STALE_AFTER_MONTHS,
  upcomingWindow,
  type AttentionOptions,
} from "@/lib/data/attention-windows";
import { toCalendarDate } from "@/lib/data/calendar-date";
import { prisma } from "@/lib/db";
import type { Prisma, PublicationState } from "@/lib/generated/prisma/client";
import { resolveLocalizedText } from "@/lib/i18n/resolved-text";
import type { Locale } from "@/lib/i18n/routing";
import { dashboardRoutes } from "@/lib/routes";

/**
 * The dashboard home's blocks that the calendar brings up: profiles not looked at for months,
 * and the releases and court dates of the coming days. They concern prisoners, so they are shown
 * to those who may update the prisoner in its current state.
 */

/** Timeline events that are court dates: hearings, rulings, verdicts and appeals. */
export const COURT_EVENT_TYPES = ["HEARING", "COURT_RULING", "VERDICT", "APPEAL"] as const;

const PUBLICATION_STATES = ["DRAFT", "IN_REVIEW", "PUBLISHED", "ARCHIVED"] as const;

/** Prisoner states whose profiles the actor may update; archived ones are never "coming up". */
export function workablePrisonerStates(actor: Actor): PublicationState[] {
  return PUBLICATION_STATES.filter(
    (state) => state !== "ARCHIVED" && can(actor, "update", { type: "prisoner", state }),
  );
}

function byDateThenKey(a: AttentionDateItem, b: AttentionDateItem): number {
  return a.date.iso.localeCompare(b.date.iso) || a.key.localeCompare(b.key);
}

const nameSelect = { select: { id: true, name: true } } as const;

/** The prisoner editor's tab where cases, with their dates, are edited. */
const casesTab = (prisonerId: string) => dashboardRoutes.prisonerTab(prisonerId, "cases");

// ── Stale profiles ───────────────────────────────────────────────────────────────────────────────

/** Published profiles neither changed nor reviewed against their sources for six months. */
export async function getStaleProfiles(
  actor: Actor,
  locale: Locale,
  { now = new Date(), limit = ATTENTION_LIST_LIMIT, offset = 0 }: AttentionOptions = {},
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
      skip: offset,
      take: limit,
    }),
  ]);
  return {
    count,
    items: rows.map((row) => ({
      prisonerId: row.id,
      name: resolveLocalizedText(row.name, locale),
      lastTouchedAt: (row.lastReviewedAt && row.lastReviewedAt > row.updatedAt
        ? row.lastReviewedAt
        : row.updatedAt
      ).toISOString(),
      href: dashboardRoutes.edit("prisoner", row.id),
    })),
  };
}

// ── Coming releases ──────────────────────────────────────────────────────────────────────────────

/** Expected releases (Case.expectedReleaseOn) of people still detained, in the next 30 days. */
export async function getUpcomingReleases(
  actor: Actor,
  locale: Locale,
  { now = new Date(), limit = ATTENTION_LIST_LIMIT, offset = 0 }: AttentionOptions = {},
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
      skip: offset,
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
      href: casesTab(row.prisoner.id),
    })),
  };
}

// ── Court dates ──────────────────────────────────────────────────────────────────────────────────

const CASE_COURT_DATES = [
  { field: "trialStartedOn", kind: "trialStart" },
  { field: "verdictOn", kind: "verdict" },
  { field: "appealDecidedOn", kind: "appealDecision" },
] as const;

type DatesPart = AttentionBlock<AttentionDateItem>;
type DateWindow = ReturnType<typeof upcomingWindow>;
type WorkablePrisoner = Prisma.PrisonerWhereInput;

/** One court date of cases (trial start, verdict or appeal decision) in the window. */
async function caseCourtDates(
  { field, kind }: (typeof CASE_COURT_DATES)[number],
  window: DateWindow,
  workablePrisoner: WorkablePrisoner,
  locale: Locale,
  limit: number,
): Promise<DatesPart> {
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
    href: casesTab(row.prisoner.id),
  }));
  return { count, items };
}

/** Timeline events of the court types in the window, about a prisoner the actor may update. */
async function courtEvents(
  window: DateWindow,
  workablePrisoner: WorkablePrisoner,
  locale: Locale,
  limit: number,
): Promise<DatesPart> {
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
  const [count, rows] = await Promise.all([
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
  ]);
  return {
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
          ? dashboardRoutes.prisonerTab(onTimeline.id, "timeline")
          : prisoner
            ? casesTab(prisoner.id)
            : null,
      };
    }),
  };
}

/**
 * Hearings, rulings, verdicts and appeals in the next 30 days: timeline events of those types and
 * the court dates of cases (trial start, verdict, appeal decision). Each source is counted and
 * listed by the database; the lists (each at most `limit` long) are merged by date.
 */
export async function getUpcomingCourtDates(
  actor: Actor,
  locale: Locale,
  { now = new Date(), limit = ATTENTION_LIST_LIMIT, offset = 0 }: AttentionOptions = {},
): Promise<AttentionBlock<AttentionDateItem> | null> {
  const states = workablePrisonerStates(actor);
  if (states.length === 0) return null;
  // A merged page needs up to offset + limit rows of each source (30 days of dates: few).
  const reach = offset + limit;
  const window = upcomingWindow(now);
  const workablePrisoner = { state: { in: states } } satisfies Prisma.PrisonerWhereInput;

  const parts = await Promise.all([
    courtEvents(window, workablePrisoner, locale, reach),
    ...CASE_COURT_DATES.map((date) =>
      caseCourtDates(date, window, workablePrisoner, locale, reach),
    ),
  ]);
  return {
    count: parts.reduce((sum, part) => sum + part.count, 0),
    items: parts
      .flatMap((part) => part.items)
      .sort(byDateThenKey)
      .slice(offset, reach),
  };
}
