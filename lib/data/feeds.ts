import "server-only";
import { Feed } from "feed";
import { createTranslator, type Messages } from "next-intl";
import { prisma } from "@/lib/db";
import type { EventType } from "@/lib/generated/prisma/client";
import { cachedRead, cacheTags } from "@/lib/data/cache";
import { countryPath, countryVisiblePrisonerWhere } from "@/lib/data/countries";
import { publicLetterWhere } from "@/lib/data/letters";
import { publishedPrisonerWhere } from "@/lib/data/prisoners";
import { publicationPath, publishedPublicationWhere } from "@/lib/data/publications";
import { publicOrigin } from "@/lib/security/public-origin";
import { resolveLocalizedText, resolveLocalizedTextOr } from "@/lib/i18n/localized-text";
import { loadMessages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";

/**
 * Atom feeds (publications, and each prisoner's updates) and the sitemap's list of pages.
 *
 * Feed readers and search engines need absolute URLs: they are made against the site's public
 * origin (lib/security/public-origin.ts), never the Host of a request: the sitemap and robots.txt
 * are cached, so one forged request would otherwise serve another site's addresses to everyone.
 */

const FEED_ENTRIES = 50;

/** The site's public origin, without a trailing slash (VIGIL_PUBLIC_URL or the local server). */
export function siteOrigin(): string {
  return publicOrigin();
}

/** Path of a page in a locale ("/en/news/x"); the routing prefixes every path with its locale. */
export function localePath(locale: Locale, path: string): string {
  return path === "/" ? `/${locale}` : `/${locale}${path}`;
}

/** Path (without locale) of the publications feed. */
export const PUBLICATIONS_FEED_PATH = "/feed.xml";

/** Path (without locale) of a prisoner's feed. */
export function prisonerFeedPath(slug: string): string {
  return `/prisoners/${slug}/feed.xml`;
}

/** `alternates.types` for a page's metadata: the <link rel="alternate"> of a feed. */
export function feedAlternate(locale: Locale, feedPath: string, title: string) {
  return { "application/atom+xml": [{ url: localePath(locale, feedPath), title }] };
}

// ── Feed documents ─────────────────────────────────────────────────────────────────────────────

export interface FeedEntryDto {
  /** A stable, unique id (a URN: it survives a change of domain). */
  id: string;
  title: string;
  summary: string | null;
  /** Path of the entry's page, with its locale. */
  path: string;
  /** ISO date-time the entry bears. */
  published: string;
  /** ISO date-time of its last change. */
  updated: string;
}

export interface FeedDocumentDto {
  title: string;
  subtitle: string;
  locale: Locale;
  /** Path of the page the feed belongs to, with its locale. */
  pagePath: string;
  /** Path of the feed itself, with its locale. */
  feedPath: string;
  entries: FeedEntryDto[];
}

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

/** The latest published publications (news, reports, statements), newest first. */
export const getPublicationsFeed = cachedRead(
  "feeds.publications",
  async (locale: Locale): Promise<FeedDocumentDto> => {
    const [t, rows] = await Promise.all([
      feedTranslator(locale),
      prisma.publication.findMany({
        where: publishedPublicationWhere,
        select: {
          id: true,
          slug: true,
          type: true,
          title: true,
          summary: true,
          publishedOn: true,
          publishedAt: true,
          updatedAt: true,
        },
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
      pagePath: localePath(locale, "/news"),
      feedPath: localePath(locale, PUBLICATIONS_FEED_PATH),
      entries: rows
        .map((row) => ({
          id: `urn:vigil:publication:${row.id}`,
          title: resolveLocalizedTextOr(row.title, locale, row.slug).text,
          summary: resolveLocalizedText(row.summary, locale)?.text ?? null,
          path: localePath(locale, publicationPath(row)),
          published: entryDate(row.publishedOn, row.publishedAt, row.updatedAt),
          updated: row.updatedAt.toISOString(),
        }))
        .sort(byNewest),
    };
  },
  () => [cacheTags.publications],
);

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
    const showEvents = !prisoner.redactedFields.includes("events");
    const showPublications = !prisoner.redactedFields.includes("publications");

    const [t, events, publications] = await Promise.all([
      feedTranslator(locale),
      showEvents
        ? prisma.event.findMany({
            where: { state: "PUBLISHED", prisoners: { some: { prisonerId: prisoner.id } } },
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
          })
        : [],
      showPublications
        ? prisma.publication.findMany({
            where: {
              ...publishedPublicationWhere,
              prisoners: { some: { prisonerId: prisoner.id } },
            },
            select: {
              id: true,
              slug: true,
              type: true,
              title: true,
              summary: true,
              publishedOn: true,
              publishedAt: true,
              updatedAt: true,
            },
            orderBy: [{ publishedOn: { sort: "desc", nulls: "last" } }, { publishedAt: "desc" }],
            take: FEED_ENTRIES,
          })
        : [],
    ]);

    const name = resolveLocalizedTextOr(prisoner.name, locale, prisoner.slug).text;
    const profilePath = localePath(locale, `/prisoners/${prisoner.slug}`);
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
      ...publications.map((publication) => ({
        id: `urn:vigil:publication:${publication.id}`,
        title: resolveLocalizedTextOr(publication.title, locale, publication.slug).text,
        summary: resolveLocalizedText(publication.summary, locale)?.text ?? null,
        path: localePath(locale, publicationPath(publication)),
        published: entryDate(
          publication.publishedOn,
          publication.publishedAt,
          publication.updatedAt,
        ),
        updated: publication.updatedAt.toISOString(),
      })),
    ];

    return {
      title: t("prisonerTitle", { name }),
      subtitle: t("prisonerSubtitle", { name }),
      locale,
      pagePath: profilePath,
      feedPath: localePath(locale, prisonerFeedPath(prisoner.slug)),
      entries: entries.sort(byNewest).slice(0, FEED_ENTRIES),
    };
  },
  () => [cacheTags.prisoners, cacheTags.publications],
);

/** Text for an Atom element of type "html": plain text, so every markup character is escaped. */
function asHtmlText(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** The Atom 1.0 document of a feed, with absolute links against `origin`. */
export function renderAtomFeed(document: FeedDocumentDto, origin: string): string {
  const absolute = (path: string) => new URL(path, origin).toString();
  const feed = new Feed({
    id: absolute(document.feedPath),
    title: document.title,
    description: document.subtitle,
    language: document.locale,
    link: absolute(document.pagePath),
    feedLinks: { atom: absolute(document.feedPath) },
    updated: new Date(
      document.entries.reduce(
        (latest, entry) => (entry.updated > latest ? entry.updated : latest),
        "",
      ) || 0,
    ),
    generator: "Vigil",
  });
  for (const entry of document.entries) {
    feed.addItem({
      id: entry.id,
      title: asHtmlText(entry.title),
      description: entry.summary ? asHtmlText(entry.summary) : undefined,
      link: absolute(entry.path),
      date: new Date(entry.updated),
      published: new Date(entry.published),
    });
  }
  return feed.atom1();
}

/** The HTTP response of a feed: Atom, briefly cacheable (the reads behind it are cached too). */
export function atomResponse(document: FeedDocumentDto): Response {
  return new Response(renderAtomFeed(document, siteOrigin()), {
    headers: {
      "Content-Type": "application/atom+xml; charset=utf-8",
      "Cache-Control": "public, max-age=300, stale-while-revalidate=3600",
    },
  });
}

// ── Sitemap ────────────────────────────────────────────────────────────────────────────────────

export interface SitemapPageDto {
  /** Path without the locale. */
  path: string;
  /** ISO date-time of the last change, when known. */
  lastModified: string | null;
}

/**
 * Every public page with content from the database: published profiles and publications, public
 * letters, and the countries that have a page in the index.
 */
export const listSitemapPages = cachedRead(
  "feeds.sitemap",
  async (): Promise<SitemapPageDto[]> => {
    const [prisoners, publications, letters, countries] = await Promise.all([
      prisma.prisoner.findMany({
        where: publishedPrisonerWhere,
        select: { slug: true, updatedAt: true },
        orderBy: { slug: "asc" },
      }),
      prisma.publication.findMany({
        where: publishedPublicationWhere,
        select: { slug: true, type: true, updatedAt: true },
        orderBy: { slug: "asc" },
      }),
      prisma.letter.findMany({
        where: publicLetterWhere,
        select: { slug: true, updatedAt: true },
        orderBy: { slug: "asc" },
      }),
      prisma.prisoner.groupBy({
        by: ["countryCode"],
        where: countryVisiblePrisonerWhere,
        _max: { updatedAt: true },
        orderBy: { countryCode: "asc" },
      }),
    ]);
    return [
      ...prisoners.map((row) => ({
        path: `/prisoners/${row.slug}`,
        lastModified: row.updatedAt.toISOString(),
      })),
      ...publications.map((row) => ({
        path: publicationPath(row),
        lastModified: row.updatedAt.toISOString(),
      })),
      ...letters.map((row) => ({
        path: `/letters/${row.slug}`,
        lastModified: row.updatedAt.toISOString(),
      })),
      ...countries.map((row) => ({
        path: countryPath(row.countryCode),
        lastModified: row._max.updatedAt?.toISOString() ?? null,
      })),
    ];
  },
  () => [cacheTags.prisoners, cacheTags.publications, cacheTags.letters, cacheTags.countries],
);
