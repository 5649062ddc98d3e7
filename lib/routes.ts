import type { ContentType } from "@/lib/auth/policy";
import { publicationSectionOf } from "@/lib/data/publication-sections";
import type { PublicationType } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/routing";

/**
 * Every path of the site, built here and nowhere else: links, redirects, e-mails, feeds and the
 * sitemap all ask this module, so a page that moves moves everywhere at once
 * (tests/unit/route-paths.test.ts fails on a path string built elsewhere).
 *
 * Paths come without the locale, as next-intl's `Link`, `redirect` and `getPathname` take them
 * (lib/i18n/navigation.ts adds the locale). Where a plain path or URL is needed (a `Location`
 * header, an e-mail, a feed), `localized(locale, path)` adds it, and lib/auth/link-origin.ts or
 * the feeds turn it into an absolute URL. Every variable segment is percent-encoded here.
 */

/**
 * A value as one segment of a path. A lone surrogate (half an emoji: no URL can carry one, but a
 * string built in-process can) becomes U+FFFD instead of making encodeURIComponent throw a
 * URIError, which was a 500 (found by tests/integration/fuzz-signing-routes.test.ts).
 */
function segment(value: string): string {
  return encodeURIComponent(value.toWellFormed());
}

/** `/en` + path; the home page is `/en`, not `/en/`. */
export function localized(locale: Locale, path: string): string {
  return path === "/" ? `/${locale}` : `/${locale}${path}`;
}

/**
 * The path in every locale, as Next.js's `revalidatePath` takes a route with its dynamic segment
 * ("/[locale]/dashboard/letters"), not a URL.
 */
export function inEveryLocale(path: string): string {
  return path === "/" ? "/[locale]" : `/[locale]${path}`;
}

/** Appends a query string built from the defined values, in the order given. */
export function withQuery(
  path: string,
  query: Record<string, string | number | boolean | null | undefined>,
): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== "") params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

// ── Public pages ──────────────────────────────────────────────────────────────────────────────

export const publicRoutes = {
  home: () => "/",
  about: () => "/about",
  privacy: () => "/privacy",
  statistics: () => "/statistics",
  /** The open-data page: the API's reference, the licence, how to cite, the daily datasets. */
  data: () => "/data",
  /** The site-wide Atom feed (under the locale). */
  feed: () => "/feed.xml",

  prisoners: () => "/prisoners",
  prisoner: (slug: string) => `/prisoners/${segment(slug)}`,
  prisonerFeed: (slug: string) => `/prisoners/${segment(slug)}/feed.xml`,
  /** "Write a letter" to a prisoner, with the envelope and letter sheet to print. */
  prisonerWrite: (slug: string) => `/prisoners/${segment(slug)}/write`,
  prisonerWriteEnvelope: (slug: string) => `/prisoners/${segment(slug)}/write/envelope.pdf`,
  prisonerWriteSheet: (slug: string) => `/prisoners/${segment(slug)}/write/letter.pdf`,
  /** "Who needs a letter today"; `exclude` is the person just suggested ("suggest another"). */
  writeSuggestion: (exclude?: string) => withQuery("/write", { exclude }),

  countries: () => "/countries",
  /** Country pages are addressed by the lower-case ISO code ("/countries/kz"). */
  country: (code: string) => `/countries/${segment(code.toLowerCase())}`,

  news: () => "/news",
  reports: () => "/reports",
  /** A publication's page, in the section of its type (reports apart, the rest with the news). */
  publication: (publication: { type: PublicationType; slug: string }) =>
    `/${publicationSectionOf(publication.type)}/${segment(publication.slug)}`,

  letters: () => "/letters",
  letter: (slug: string) => `/letters/${segment(slug)}`,
  letterSign: (slug: string) => `/letters/${segment(slug)}/sign`,
  letterSigned: (slug: string) => `/letters/${segment(slug)}/signed`,
  letterResend: (slug: string) => `/letters/${segment(slug)}/resend`,
  letterSigners: (slug: string, page: number) => `/letters/${segment(slug)}/signers/${page}`,
  letterConfirm: (slug: string, token: string) =>
    `/letters/${segment(slug)}/confirm/${segment(token)}`,
  letterWithdraw: (slug: string, token: string) =>
    `/letters/${segment(slug)}/withdraw/${segment(token)}`,
  /** "Stop e-mails about this letter" (lib/letter-answers/outcome-unsubscribe.ts). */
  letterOutcomeUnsubscribe: (slug: string, token: string) =>
    `/letters/${segment(slug)}/updates/${segment(token)}`,

  /** The calendar of birthdays and detention anniversaries: this month, a given month, the feed. */
  calendar: () => "/calendar",
  calendarMonth: (month: string) => `/calendar/${segment(month)}`,
  calendarFeed: () => "/calendar/feed.ics",

  /**
   * Following by e-mail (lib/follows): the follow form of one target again, with what was typed
   * and what was wrong ("/follow?prisoner=<slug>", "?country=kz", "?letter=<slug>").
   */
  follow: (target: { kind: "prisoner" | "country" | "letter"; key: string }) =>
    withQuery("/follow", { [target.kind]: target.key }),
  /** "Check your inbox": where every accepted follow form lands, new address or not. */
  followSent: () => "/follow/sent",
  /** Following by e-mail (lib/follows): the confirm page (its button posts), one's follows. */
  followConfirm: (token: string) => `/follow/confirm/${segment(token)}`,
  /** A follower's page of follows, opened from any of its e-mails (the token is lib/follows'). */
  followManage: (token: string) => `/follow/manage/${segment(token)}`,
  /** "E-mail me the link to my follows": the form for someone who lost it. */
  followLostLink: () => "/follow/manage",
  /** What a GET of an e-mail's unsubscribe link opens: a button, then "done". */
  followUnsubscribe: (token: string) => `/follow/unsubscribe/${segment(token)}`,

  /** Cards partner sites frame (lib/embeds): no scripts, no cookies, framable by any site. */
  embedPrisoner: (slug: string) => `/embed/prisoner/${segment(slug)}`,
  embedLetter: (slug: string) => `/embed/letter/${segment(slug)}`,
} as const;

// ── Staff sign-in ─────────────────────────────────────────────────────────────────────────────

export const authRoutes = {
  signIn: () => "/sign-in",
  passwordReset: () => "/password-reset",
  passwordResetToken: (token: string) => `/password-reset/${segment(token)}`,
  invitation: (token: string) => `/invitation/${segment(token)}`,
} as const;

// ── Dashboard ─────────────────────────────────────────────────────────────────────────────────

/** The dashboard section in which each content type is listed and edited. */
export const CONTENT_SECTIONS = {
  prisoner: "prisoners",
  publication: "publications",
  letter: "letters",
  facility: "facilities",
  criminalCodeArticle: "articles",
  tag: "tags",
  country: "countries",
  notableSignatory: "signatories",
  affiliation: "affiliations",
  organisation: "organisations",
  source: "sources",
} as const satisfies Record<ContentType, string>;

/** Types whose dashboard has a preview of the public page. */
const PREVIEWED: readonly ContentType[] = ["prisoner", "publication", "letter"];

/** The tabs of a prisoner's editor ("" is the first, the basics). */
export type PrisonerEditorTab =
  | ""
  | "names"
  | "cases"
  | "detentions"
  | "status"
  | "timeline"
  | "political"
  | "sources"
  | "internal"
  | "preview";

/** The pages of a letter's editor beside the letter itself. */
export type LetterEditorPage = "delivery" | "signatories" | "signatures" | "preview" | "answers";

export const dashboardRoutes = {
  home: () => "/dashboard",
  account: () => "/dashboard/account",
  twoFactor: () => "/dashboard/account/two-factor",
  confirm: () => "/dashboard/confirm",
  audit: () => "/dashboard/audit",
  jobs: () => "/dashboard/jobs",
  review: () => "/dashboard/review",
  /** Search across prisoners, publications, letters and sources by name or title (`?q=`). */
  search: () => "/dashboard/search",
  /** The full list behind a block of the dashboard home (lib/data/attention-lists.ts). */
  attention: (list: "stale-profiles" | "releases" | "court-dates" | "my-drafts") =>
    `/dashboard/attention/${list}`,
  users: () => "/dashboard/users",
  reports: () => "/dashboard/reports",
  report: (id: string) => `/dashboard/reports/${segment(id)}`,
  media: () => "/dashboard/media",
  mediaAsset: (id: string) => `/dashboard/media/${segment(id)}`,
  prisonerImport: () => "/dashboard/prisoners/import",
  prisonerImportTemplate: () => "/dashboard/prisoners/import/template.csv",

  list: (type: ContentType) => `/dashboard/${CONTENT_SECTIONS[type]}`,
  create: (type: ContentType) => `/dashboard/${CONTENT_SECTIONS[type]}/new`,
  edit: (type: ContentType, id: string) => `/dashboard/${CONTENT_SECTIONS[type]}/${segment(id)}`,
  /** Null for types without a preview of their public page. */
  preview: (type: ContentType, id: string): string | null =>
    PREVIEWED.includes(type) ? `/dashboard/${CONTENT_SECTIONS[type]}/${segment(id)}/preview` : null,
  history: (type: ContentType, id: string) => `/dashboard/history/${type}/${segment(id)}`,
  prisonerTab: (id: string, tab: PrisonerEditorTab) =>
    tab ? `/dashboard/prisoners/${segment(id)}/${tab}` : `/dashboard/prisoners/${segment(id)}`,
  letterPage: (id: string, page: LetterEditorPage) => `/dashboard/letters/${segment(id)}/${page}`,
} as const;

/**
 * Pages no visitor addresses: the web server (scripts/lib/page-requests.ts) and proxy.ts rewrite a
 * clean directory address to its cached page here (lib/search/directory-view.ts), and the web
 * server answers 404 to anyone asking for it directly.
 */
export const internalRoutes = {
  directoryViewSection: "directory-view",
  /** No page: the locale's catch-all answers it with the site's 404. */
  directoryViewRoot: () => "/directory-view",
  directoryView: (view: string) => `/directory-view/${segment(view)}`,
} as const;

// ── HTTP endpoints ────────────────────────────────────────────────────────────────────────────

export const apiRoutes = {
  health: () => "/api/health",
  ready: () => "/api/ready",
  /** The directory's results as JSON, for its live search (`?q=…&locale=en`, the page's filters). */
  directoryResults: () => "/api/directory",
  /** A published media file, by id and a readable file name. */
  mediaFile: (id: string, filename: string) => `/api/media/${segment(id)}/${segment(filename)}`,
  letterSignatures: (slug: string) => `/api/letters/${segment(slug)}/signatures`,
  letterConfirm: (slug: string) => `/api/letters/${segment(slug)}/confirm`,
  letterWithdraw: (slug: string) => `/api/letters/${segment(slug)}/withdraw`,
  letterResend: (slug: string) => `/api/letters/${segment(slug)}/resend`,
  /** RFC 8058 one-click unsubscribe of a letter's outcome e-mails (a bare POST). */
  letterOutcomeUnsubscribe: (slug: string, token: string) =>
    `/api/letters/${segment(slug)}/updates/${segment(token)}`,
  /** Following (lib/follows): a follow form posts here; the confirm page's button; the rest. */
  follows: () => "/api/follows",
  followConfirm: () => "/api/follows/confirm",
  /** The manage page's forms (cadence, language, unfollow one, forget me), by the follower's token. */
  followManage: (token: string) => `/api/follows/manage/${segment(token)}`,
  /** "E-mail me the link to my follows". */
  followLostLink: () => "/api/follows/lost-link",
  /** RFC 8058 one-click unsubscribe of every follow mail (a bare POST): deletes the address. */
  followUnsubscribe: (token: string) => `/api/follows/unsubscribe/${segment(token)}`,
  /** RFC 8058 one-click stop of a sponsor's alerts (clears the sponsor's alert address). */
  sponsorAlertsUnsubscribe: (token: string) => `/api/follows/sponsor-unsubscribe/${segment(token)}`,
  /** The open-data API (lib/api): read-only JSON of published content; its OpenAPI document. */
  /** The API's base, as the data page states it; every route below starts with it. */
  v1: () => "/api/v1",
  v1Prisoners: () => "/api/v1/prisoners",
  v1Prisoner: (slug: string) => `/api/v1/prisoners/${segment(slug)}`,
  v1Countries: () => "/api/v1/countries",
  v1Articles: () => "/api/v1/articles",
  v1Facilities: () => "/api/v1/facilities",
  v1Facility: (slug: string) => `/api/v1/facilities/${segment(slug)}`,
  v1Letters: () => "/api/v1/letters",
  v1Letter: (slug: string) => `/api/v1/letters/${segment(slug)}`,
  v1Publications: () => "/api/v1/publications",
  v1Publication: (slug: string) => `/api/v1/publications/${segment(slug)}`,
  v1OpenApi: () => "/api/v1/openapi.json",
  /** The change feed: what was published, changed or removed, oldest first (`?since=<cursor>`). */
  v1Changes: () => "/api/v1/changes",
  /** The daily dataset snapshots (lib/datasets): their list, and one file of one day. */
  v1Datasets: () => "/api/v1/datasets",
  v1DatasetFile: (date: string, name: string) =>
    `/api/v1/datasets/${segment(date)}/${segment(name)}`,

  dashboardMedia: () => "/api/dashboard/media",
  dashboardMediaAsset: (id: string) => `/api/dashboard/media/${segment(id)}`,
  dashboardAudit: () => "/api/dashboard/audit",
  dashboardExport: (list: string) => `/api/dashboard/export/${segment(list)}`,
  letterDelivery: (id: string, format: string) =>
    `/api/dashboard/letters/${segment(id)}/delivery/${segment(format)}`,
} as const;

// ── Files for crawlers (at the site's root, in no locale) ─────────────────────────────────────

export const crawlerRoutes = {
  /** The sitemap index; it lists the sitemap files below (lib/sitemap). */
  sitemap: () => "/sitemap.xml",
  /** One sitemap file, named by lib/sitemap/file-name.ts ("prisoners-en-1.xml"). */
  sitemapFile: (name: string) => `/sitemaps/${segment(name)}`,
  /** robots.txt patterns crawlers may not visit: the route handlers, the dashboard in any locale. */
  disallowed: () => ["/api/", `/*${dashboardRoutes.home()}`],
} as const;
