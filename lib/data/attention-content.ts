import "server-only";
import { can, type Actor, type ContentType } from "@/lib/auth/policy";
import type { AttentionBlock, AttentionContentItem } from "@/lib/data/attention";
import { ATTENTION_LIST_LIMIT, type AttentionOptions } from "@/lib/data/attention-windows";
import { prisma } from "@/lib/db";
import type { EventType } from "@/lib/generated/prisma/client";
import { resolveLocalizedText } from "@/lib/i18n/resolved-text";
import type { Locale } from "@/lib/i18n/routing";
import { dashboardRoutes } from "@/lib/routes";

/**
 * The dashboard home's blocks of content: what waits for an editor's review, and the actor's own
 * unfinished drafts. Both list prisoners, publications and timeline events the same way.
 */

const firstPrisoner = {
  select: { prisonerId: true },
  take: 1,
  orderBy: { prisonerId: "asc" },
} as const;

interface ContentRow {
  id: string;
  updatedAt: Date;
}

function prisonerItem(row: ContentRow & { name: unknown }, locale: Locale): AttentionContentItem {
  return {
    kind: "prisoner",
    id: row.id,
    title: resolveLocalizedText(row.name, locale),
    href: dashboardRoutes.edit("prisoner", row.id),
    changedAt: row.updatedAt.toISOString(),
  };
}

function publicationItem(
  row: ContentRow & { title: unknown },
  locale: Locale,
): AttentionContentItem {
  return {
    kind: "publication",
    id: row.id,
    title: resolveLocalizedText(row.title, locale),
    href: dashboardRoutes.edit("publication", row.id),
    changedAt: row.updatedAt.toISOString(),
  };
}

/** Events are edited on a prisoner's timeline: the first prisoner's, else `fallback`. */
function eventItem(
  row: ContentRow & { title: unknown; type: EventType; prisoners: { prisonerId: string }[] },
  locale: Locale,
  fallback: string | null,
): AttentionContentItem {
  const prisoner = row.prisoners[0];
  return {
    kind: "event",
    id: row.id,
    title: resolveLocalizedText(row.title, locale),
    eventType: row.type,
    href: prisoner ? dashboardRoutes.prisonerTab(prisoner.prisonerId, "timeline") : fallback,
    changedAt: row.updatedAt.toISOString(),
  };
}

/**
 * Prisoners, publications and timeline events waiting for an editor, longest-waiting first.
 * Events have no policy resource of their own: they are edited as part of a prisoner's timeline,
 * so the prisoner rule decides.
 */
export async function getItemsInReview(
  actor: Actor,
  locale: Locale,
  { limit = ATTENTION_LIST_LIMIT, offset = 0 }: AttentionOptions = {},
): Promise<AttentionBlock<AttentionContentItem> | null> {
  const mayPublish = (type: ContentType) => can(actor, "publish", { type, state: "IN_REVIEW" });
  const prisoners = mayPublish("prisoner");
  const publications = mayPublish("publication");
  if (!prisoners && !publications) return null;
  // A merged page needs up to offset + limit rows of each table.
  const reach = offset + limit;

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
            take: reach,
          })
        : [],
      publications
        ? prisma.publication.findMany({
            where: inReview,
            select: { id: true, title: true, updatedAt: true },
            orderBy: [...order],
            take: reach,
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
            take: reach,
          })
        : [],
    ]);

  const items: AttentionContentItem[] = [
    ...prisonerRows.map((row) => prisonerItem(row, locale)),
    ...publicationRows.map((row) => publicationItem(row, locale)),
    ...eventRows.map((row) => eventItem(row, locale, dashboardRoutes.review())),
  ];
  items.sort((a, b) => a.changedAt.localeCompare(b.changedAt) || a.id.localeCompare(b.id));
  return {
    count: prisonerCount + publicationCount + eventCount,
    items: items.slice(offset, reach),
  };
}

/** Drafts the actor started, most recently changed first. */
export async function getMyDrafts(
  actor: Actor,
  locale: Locale,
  { limit = ATTENTION_LIST_LIMIT, offset = 0 }: AttentionOptions = {},
): Promise<AttentionBlock<AttentionContentItem>> {
  const mine = { createdById: actor.id, state: "DRAFT" } as const;
  const reach = offset + limit;
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
      take: reach,
    }),
    prisma.publication.findMany({
      where: mine,
      select: { ...select, title: true },
      orderBy: [...order],
      take: reach,
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
      take: reach,
    }),
    prisma.letter.findMany({
      where: mine,
      select: { ...select, title: true },
      orderBy: [...order],
      take: reach,
    }),
  ]);

  // Letters have no dashboard editor yet: they are listed without a link.
  const items: AttentionContentItem[] = [
    ...prisoners.map((row) => prisonerItem(row, locale)),
    ...publications.map((row) => publicationItem(row, locale)),
    ...events.map((row) => eventItem(row, locale, null)),
    ...letters.map((row) => ({
      kind: "letter" as const,
      id: row.id,
      title: resolveLocalizedText(row.title, locale),
      href: null,
      changedAt: row.updatedAt.toISOString(),
    })),
  ];
  items.sort((a, b) => b.changedAt.localeCompare(a.changedAt) || a.id.localeCompare(b.id));
  return { count: counts.reduce((sum, n) => sum + n, 0), items: items.slice(offset, reach) };
}
