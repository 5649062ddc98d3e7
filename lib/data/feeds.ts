import "server-only";
import { createTranslator, type Messages } from "next-intl";
import { prisma } from "@/lib/db";
import type { EventType, Prisma } from "@/lib/generated/prisma/client";
import { cachedRead, cacheTags } from "@/lib/data/cache";
import { publishedPrisonerWhere } from "@/lib/data/prisoners";
import { publishedPublicationWhere } from "@/lib/data/publications";
import type { FeedDocumentDto, FeedEntryDto } from "@/lib/feeds/feed-document";
import { resolveLocalizedText, resolveLocalizedTextOr } from "@/lib/i18n/resolved-text";
import { loadMessages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import { localized, publicRoutes } from "@/lib/routes";

/**
 * The reads behind the Atom feeds: the latest publications, and each prisoner's updates. They
 * return paths, not URLs; lib/feeds/atom.ts writes the document against the public origin.
 */

const FEED_ENTRIES = 50;

/**
 * Translations for a feed. Route handlers have no page render to take them from; the messages
 * are loaded as the request config does.
 */
async function feedTranslator(locale: Locale) {
  const messages = (await loadMessages(locale)) as Messages;
  return createTranslator({ locale, messages, namespace: "PublicationsFeeds" });
}

/** The date a dated row bears, or when it was published, as an ISO date-time. */
function entryDate(day: Date | null, publishedAt: Date | null, fallback: Date): string {
  return (day ?? publishedAt ?? fallback).toISOString();
}

const byNewest = (a: FeedEntryDto, b: FeedEntryDto) =>
  b.published.localeCompare(a.published) || a.id.localeCompare(b.id);

const publicationEntrySelect = {
  id: true,
  slug: true,
  type: true,
  title: true,
  summary: true,
  publishedOn: true,
  publishedAt: true,
  updatedAt: true,
} as const satisfies Prisma.PublicationSelect;

type PublicationEntryRow = Prisma.PublicationGetPayload<{ select: typeof publicationEntrySelect }>;

function publicationEntry(row: PublicationEntryRow, locale: Locale): FeedEntryDto {
  return {
    id: `urn:vigil:publication:${row.id}`,
    title: resolveLocalizedTextOr(row.title, locale, row.slug).text,
    summary: resolveLocalizedText(row.summary, locale)?.text ?? null,
    path: localized(locale, publicRoutes.publication(row)),
    published: entryDate(row.publishedOn, row.publishedAt, row.updatedAt),
    updated: row.updatedAt.toISOString(),
  };
}

/** The latest published publications (news, reports, statements), newest first. */
export const getPublicationsFeed = cachedRead(
  "feeds.publications",
  async (locale: Locale): Promise<FeedDocumentDto> => {
    const [t, rows] = await Promise.all([
      feedTranslator(locale),
      prisma.publication.findMany({
        where: publishedPublicationWhere,
        select: publicationEntrySelect,
        orderBy: [
          { publishedOn: { sort: "desc", nulls: "last" } },
          { publishedAt: "desc" },
          { slug: "asc" },
        ],
        take: FEED_ENTRIES,
      }),
    ]);
    return {
      title: t("publicationsTitle"),
      subtitle: t("publicationsSubtitle"),
      locale,
      pagePath: localized(locale, publicRoutes.news()),
      feedPath: localized(locale, publicRoutes.feed()),
      entries: rows.map((row) => publicationEntry(row, locale)).sort(byNewest),
    };
  },
  () => [cacheTags.publications],
);

/** A prisoner's published timeline events, unless withheld, newest first. */
function prisonerEvents(prisonerId: string, show: boolean) {
  if (!show) return [];
  return prisma.event.findMany({
    where: { state: "PUBLISHED", prisoners: { some: { prisonerId } } },
    select: {
      id: true,
      date: true,
      type: true,
      title: true,
      text: true,
      publishedAt: true,
      updatedAt: true,
    },
    orderBy: [{ date: "desc" }, { id: "asc" }],
    take: FEED_ENTRIES,
  });
}

/** The published publications about a prisoner, unless withheld, newest first. */
function prisonerPublications(prisonerId: string, show: boolean) {
  if (!show) return [];
  return prisma.publication.findMany({
    where: { ...publishedPublicationWhere, prisoners: { some: { prisonerId } } },
    select: publicationEntrySelect,
    orderBy: [{ publishedOn: { sort: "desc", nulls: "last" } }, { publishedAt: "desc" }],
    take: FEED_ENTRIES,
  });
}

/**
 * A prisoner's updates: the published events of their timeline and the published publications
 * about them, newest first. Null for an unknown or unpublished prisoner. Events or publications
 * an editor withheld from the profile ("events", "publications" in redactedFields) stay out.
 */
export const getPrisonerFeed = cachedRead(
  "feeds.prisoner",
  async (slug: string, locale: Locale): Promise<FeedDocumentDto | null> => {
    const prisoner = await prisma.prisoner.findFirst({
      where: { ...publishedPrisonerWhere, slug },
      select: { id: true, slug: true, name: true, redactedFields: true },
    });
    if (!prisoner) return null;

    const [t, events, publications] = await Promise.all([
      feedTranslator(locale),
      prisonerEvents(prisoner.id, !prisoner.redactedFields.includes("events")),
      prisonerPublications(prisoner.id, !prisoner.redactedFields.includes("publications")),
    ]);

    const name = resolveLocalizedTextOr(prisoner.name, locale, prisoner.slug).text;
    const profilePath = localized(locale, publicRoutes.prisoner(prisoner.slug));
    const eventTitle = (type: EventType, title: unknown) =>
      resolveLocalizedText(title, locale)?.text ?? t(`eventTypes.${type}`);

    const entries: FeedEntryDto[] = [
      ...events.map((event) => ({
        id: `urn:vigil:event:${event.id}`,
        title: eventTitle(event.type, event.title),
        summary: resolveLocalizedText(event.text, locale)?.text ?? null,
        path: profilePath,
        published: event.date.toISOString(),
        updated: event.updatedAt.toISOString(),
      })),
      ...publications.map((publication) => publicationEntry(publication, locale)),
    ];

    return {
      title: t("prisonerTitle", { name }),
      subtitle: t("prisonerSubtitle", { name }),
      locale,
      pagePath: profilePath,
      feedPath: localized(locale, publicRoutes.prisonerFeed(prisoner.slug)),
      entries: entries.sort(byNewest).slice(0, FEED_ENTRIES),
    };
  },
  () => [cacheTags.prisoners, cacheTags.publications],
);
