import "server-only";
import { authorize } from "@/lib/auth/session";
import type { Actor } from "@/lib/auth/policy";
import { prisma } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { readKeysetPage } from "@/lib/data/keyset-page";
import type { KeysetPage, KeysetRequest } from "@/lib/data/page-window";
import type { Prisma, PrisonerStatus, PublicationState } from "@/lib/generated/prisma/client";
import { localizedString, parseLocalizedText } from "@/lib/content-model/localized";
import type { Locale } from "@/lib/i18n/routing";
import {
  readPrisonerProfileRecordForPreview,
  toPrisonerProfileDto,
  type PrisonerProfileDto,
} from "@/lib/data/prisoner-profile";

/**
 * Staff reads of prisoner profiles for the dashboard: the list with its filters, one profile as
 * the editor edits it, and the choices the editor's selects offer. The staff-only
 * PrisonerInternal is read only by the Internal tab (lib/data/prisoner-internal.ts), which
 * audits every read of its sensitive fields. Every read is authorised here, next to the data; none of these is cached or
 * reachable from a public page.
 */

export const DASHBOARD_PRISONERS_PAGE_SIZE = 25;

export interface DashboardPrisonerFilters {
  q?: string;
  state?: PublicationState;
  country?: string;
  status?: PrisonerStatus;
  /** Where the page starts: keyset, as the list grows to 100,000 profiles (no OFFSET). */
  cursor?: KeysetRequest;
}

export interface DashboardPrisonerListItem {
  id: string;
  slug: string;
  name: string;
  sortName: string;
  state: PublicationState;
  status: PrisonerStatus;
  countryCode: string;
  updatedAt: Date;
  version: number;
}

export interface DashboardPrisonerList {
  items: DashboardPrisonerListItem[];
  total: number;
  position: KeysetPage;
}

/**
 * Ids of profiles whose any name (display names, sort name, slug, variants) contains `q`. Each
 * arm has a trigram index (migration 20261206070000), and the variants are a UNION rather than
 * an EXISTS in the OR: an OR with a subquery cannot combine index scans, and read every profile
 * (450–600 ms at 100,000; 10–60 ms this way).
 */
async function idsMatchingName(q: string): Promise<string[]> {
  const pattern = `%${q.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    SELECT p."id" FROM "Prisoner" p
    WHERE p."sortName" ILIKE ${pattern} OR p."slug" ILIKE ${pattern} OR p."name"::text ILIKE ${pattern}
    UNION
    SELECT v."prisonerId" FROM "NameVariant" v WHERE v."value" ILIKE ${pattern}`;
  return rows.map((row) => row.id);
}

export async function listDashboardPrisoners(
  actor: Actor,
  filters: DashboardPrisonerFilters,
  locale: Locale,
  pageSize: number = DASHBOARD_PRISONERS_PAGE_SIZE,
): Promise<DashboardPrisonerList> {
  authorize(actor, "view", { type: "prisoner" });
  const where: Prisma.PrisonerWhereInput = {
    ...(filters.state ? { state: filters.state } : {}),
    ...(filters.country ? { countryCode: filters.country } : {}),
    ...(filters.status ? { status: filters.status } : {}),
  };
  const q = filters.q?.trim();
  if (q) where.id = { in: await idsMatchingName(q) };

  const select = {
    id: true,
    slug: true,
    name: true,
    sortName: true,
    state: true,
    status: true,
    countryCode: true,
    updatedAt: true,
    version: true,
  } as const;
  const { rows, page } = await readKeysetPage(
    {
      // Alphabetical by sort name; the id breaks ties, so every row has one place in the order.
      read: ({ cursor, take }) =>
        prisma.prisoner.findMany({
          where,
          orderBy: [{ sortName: "asc" }, { id: "asc" }],
          ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
          take,
          select,
        }),
      total: () => prisma.prisoner.count({ where }),
      countBefore: (row) =>
        prisma.prisoner.count({
          where: {
            AND: [
              where,
              {
                OR: [
                  { sortName: { lt: row.sortName } },
                  { sortName: row.sortName, id: { lt: row.id } },
                ],
              },
            ],
          },
        }),
      idOf: (row) => row.id,
    },
    filters.cursor ?? { kind: "first" },
    pageSize,
  );
  return {
    items: rows.map((row) => ({
      ...row,
      name: localizedString(parseLocalizedText(row.name), locale) || row.sortName,
    })),
    total: page.total,
    position: page,
  };
}

const citationSelect = {
  orderBy: { position: "asc" },
  select: { id: true, sourceId: true, locator: true },
} as const satisfies Prisma.Prisoner$citationsArgs;

/** Everything the editor's tabs edit, except PrisonerInternal (lib/data/prisoner-internal.ts). */
const editorSelect = {
  id: true,
  slug: true,
  name: true,
  sortName: true,
  gender: true,
  birthYear: true,
  birthDate: true,
  citizenships: true,
  countryCode: true,
  region: true,
  roles: true,
  occupation: true,
  status: true,
  statusSince: true,
  statusSincePrecision: true,
  arrestedOn: true,
  arrestedOnPrecision: true,
  summary: true,
  biography: true,
  photoId: true,
  state: true,
  publishedAt: true,
  redactedFields: true,
  lastReviewedAt: true,
  lettersArrive: true,
  lettersCheckedOn: true,
  version: true,
  updatedAt: true,
  nameVariants: {
    orderBy: [{ kind: "asc" }, { value: "asc" }, { id: "asc" }],
    select: { id: true, value: true, script: true, lang: true, kind: true },
  },
  statusChanges: {
    orderBy: [{ effectiveOn: { sort: "asc", nulls: "first" } }, { createdAt: "asc" }],
    select: {
      id: true,
      status: true,
      effectiveOn: true,
      effectiveOnPrecision: true,
      note: true,
      citations: citationSelect,
    },
  },
  cases: {
    orderBy: [{ detainedOn: { sort: "asc", nulls: "last" } }, { id: "asc" }],
    include: { charges: { orderBy: { id: "asc" } }, citations: citationSelect },
  },
  detentions: {
    orderBy: [{ startedOn: { sort: "asc", nulls: "last" } }, { id: "asc" }],
    include: { citations: citationSelect },
  },
  criterionAssessments: {
    orderBy: { criterion: "asc" },
    include: { citations: citationSelect },
  },
  recognitions: {
    orderBy: [{ recognisedOn: { sort: "asc", nulls: "last" } }, { id: "asc" }],
    include: { citations: citationSelect },
  },
  tags: { select: { tagId: true } },
  affiliations: { select: { affiliationId: true, role: true } },
  events: {
    orderBy: [{ event: { date: "asc" } }, { eventId: "asc" }],
    select: { event: { include: { citations: citationSelect } } },
  },
  // Citations of the profile itself; `field` is the fact each supports (null: the whole profile).
  citations: { ...citationSelect, select: { ...citationSelect.select, field: true } },
} as const satisfies Prisma.PrisonerSelect;

export type PrisonerForEditing = Prisma.PrisonerGetPayload<{ select: typeof editorSelect }>;

/** One profile as the editor edits it; NotFoundError for an unknown id. */
export async function getPrisonerForEditing(actor: Actor, id: string): Promise<PrisonerForEditing> {
  authorize(actor, "view", { type: "prisoner" });
  const row = await prisma.prisoner.findUnique({ where: { id }, select: editorSelect });
  if (!row) throw new NotFoundError("Prisoner", id);
  authorize(actor, "view", { type: "prisoner", state: row.state });
  return row;
}

export interface EditorOption {
  value: string;
  label: string;
}

function countryOptions(
  countries: { code: string; name: Prisma.JsonValue }[],
  locale: Locale,
): EditorOption[] {
  return countries
    .map((country) => ({
      value: country.code,
      label: `${label(country.name, locale, country.code)} (${country.code})`,
    }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
}

/**
 * The list's country filter: the countries alone. The list asked for every select of the editor
 * (up to 1,000 sources, 500 photos, every article) to show this one.
 */
export async function getPrisonerCountryOptions(
  actor: Actor,
  locale: Locale,
): Promise<EditorOption[]> {
  authorize(actor, "view", { type: "prisoner" });
  const countries = await prisma.country.findMany({
    select: { code: true, name: true },
    orderBy: { code: "asc" },
  });
  return countryOptions(countries, locale);
}

/** The choices of the editor's selects, labelled in the page's locale. */
export interface PrisonerEditorOptions {
  countries: EditorOption[];
  tags: EditorOption[];
  affiliations: EditorOption[];
  photos: EditorOption[];
  facilities: EditorOption[];
  articles: (EditorOption & { countryCode: string })[];
  sources: EditorOption[];
  organisations: EditorOption[];
}

function label(json: Prisma.JsonValue, locale: Locale, fallback: string): string {
  return localizedString(parseLocalizedText(json), locale) || fallback;
}

export async function getPrisonerEditorOptions(
  actor: Actor,
  locale: Locale,
): Promise<PrisonerEditorOptions> {
  authorize(actor, "view", { type: "prisoner" });
  const [countries, tags, affiliations, photos, facilities, articles, sources, organisations] =
    await Promise.all([
      prisma.country.findMany({ select: { code: true, name: true }, orderBy: { code: "asc" } }),
      prisma.tag.findMany({
        select: { id: true, slug: true, name: true },
        orderBy: { slug: "asc" },
      }),
      prisma.affiliation.findMany({
        select: { id: true, slug: true, name: true },
        orderBy: { slug: "asc" },
      }),
      prisma.mediaAsset.findMany({
        where: { kind: "IMAGE" },
        select: { id: true, alt: true, originalFilename: true, createdAt: true },
        orderBy: { createdAt: "desc" },
        take: 500,
      }),
      prisma.facility.findMany({
        select: { id: true, slug: true, name: true, countryCode: true },
        orderBy: [{ countryCode: "asc" }, { slug: "asc" }],
      }),
      prisma.criminalCodeArticle.findMany({
        select: { id: true, countryCode: true, code: true, article: true, part: true, title: true },
        orderBy: [{ countryCode: "asc" }, { code: "asc" }, { article: "asc" }, { part: "asc" }],
      }),
      prisma.source.findMany({
        select: { id: true, title: true, publisher: true },
        orderBy: { createdAt: "desc" },
        take: 1000,
      }),
      prisma.organisation.findMany({
        select: { id: true, slug: true, name: true },
        orderBy: { slug: "asc" },
      }),
    ]);
  const byLabel = (a: EditorOption, b: EditorOption) => a.label.localeCompare(b.label, locale);
  return {
    countries: countryOptions(countries, locale),
    tags: tags
      .map((tag) => ({ value: tag.id, label: label(tag.name, locale, tag.slug) }))
      .sort(byLabel),
    affiliations: affiliations
      .map((item) => ({ value: item.id, label: label(item.name, locale, item.slug) }))
      .sort(byLabel),
    photos: photos.map((photo) => ({
      value: photo.id,
      label: label(photo.alt, locale, photo.originalFilename ?? photo.id),
    })),
    facilities: facilities.map((facility) => ({
      value: facility.id,
      label: `${label(facility.name, locale, facility.slug)} (${facility.countryCode})`,
    })),
    articles: articles.map((article) => ({
      value: article.id,
      countryCode: article.countryCode,
      label: [
        article.countryCode,
        `${article.article}${article.part ? ` (${article.part})` : ""}`,
        label(article.title, locale, article.code),
      ].join(" · "),
    })),
    sources: sources.map((source) => ({
      value: source.id,
      label: source.publisher ? `${source.title} — ${source.publisher}` : source.title,
    })),
    organisations: organisations
      .map((item) => ({ value: item.id, label: label(item.name, locale, item.slug) }))
      .sort(byLabel),
  };
}

/**
 * The public profile of any profile, draft or not, exactly as the public page would build it
 * (the same record loader and DTO mapper, lib/data/prisoner-profile/), for the staff-only
 * preview. NotFoundError for an unknown id.
 */
export async function getPrisonerPreview(
  actor: Actor,
  id: string,
  locale: Locale,
): Promise<{ profile: PrisonerProfileDto; state: PublicationState; version: number }> {
  authorize(actor, "view", { type: "prisoner" });
  const [record, row] = await Promise.all([
    readPrisonerProfileRecordForPreview(id),
    prisma.prisoner.findUnique({ where: { id }, select: { state: true, version: true } }),
  ]);
  if (!record || !row) throw new NotFoundError("Prisoner", id);
  return { profile: toPrisonerProfileDto(record, locale), state: row.state, version: row.version };
}
