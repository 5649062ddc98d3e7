import "server-only";
import type { Actor } from "@/lib/auth/policy";
import type {
  LocalizedRichText as StoredRichText,
  LocalizedText,
} from "@/lib/content-model/localized";
import { parseLocalizedRichText } from "@/lib/content-model/localized";
import {
  authorizeView,
  keysMatching,
  localizedName,
  localizedTextOf,
  pageWindow,
  type ContentList,
  type ContentListFilters,
} from "@/lib/data/dashboard-content";
import {
  publicationPageSelect,
  toPublicationDto,
  type PublicationDto,
} from "@/lib/data/publications";
import { prisma } from "@/lib/db";
import type { Prisma, PublicationState, PublicationType } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/routing";
import { apiRoutes } from "@/lib/routes";
import { mediaFilename } from "@/lib/storage/media-files";

/**
 * Staff reads of publications: the dashboard list, one publication as its editor edits it, the
 * choices of its selects, and the preview of its public page in any state.
 */

export interface PublicationListFilters extends ContentListFilters {
  state?: PublicationState;
  type?: PublicationType;
}

export interface PublicationListItem {
  id: string;
  slug: string;
  type: PublicationType;
  title: string;
  state: PublicationState;
  publishedOn: Date | null;
  updatedAt: Date;
}

export interface PublicationEditorDto {
  id: string;
  slug: string;
  type: PublicationType;
  title: LocalizedText;
  summary: LocalizedText;
  body: StoredRichText;
  publishedOn: Date | null;
  coverImageId: string | null;
  countryCodes: string[];
  prisonerIds: string[];
  attachments: { id: string; assetId: string; title: LocalizedText }[];
  state: PublicationState;
  publishedAt: Date | null;
  version: number;
  updatedAt: Date;
}

export interface PublicationEditorOptions {
  prisoners: { id: string; name: string }[];
  pdfs: { id: string; filename: string }[];
  images: { id: string; label: string }[];
}

export async function listDashboardPublications(
  actor: Actor,
  filters: PublicationListFilters,
  locale: Locale,
): Promise<ContentList<PublicationListItem>> {
  authorizeView(actor, "publication");
  const q = filters.q?.trim();
  const where: Prisma.PublicationWhereInput = {
    ...(filters.state ? { state: filters.state } : {}),
    ...(filters.type ? { type: filters.type } : {}),
    ...(q
      ? { id: { in: await keysMatching("Publication", "id", ["slug", "title", "summary"], q) } }
      : {}),
  };
  const total = await prisma.publication.count({ where });
  const { page, pageCount, skip, take } = pageWindow(total, filters.page);
  const rows = await prisma.publication.findMany({
    where,
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    skip,
    take,
    select: {
      id: true,
      slug: true,
      type: true,
      title: true,
      state: true,
      publishedOn: true,
      updatedAt: true,
    },
  });
  return {
    items: rows.map((row) => ({
      ...row,
      title: localizedName(row.title, locale) || row.slug,
    })),
    total,
    page,
    pageCount,
    pageSize: take,
  };
}

export async function getPublicationForEditor(
  actor: Actor,
  id: string,
): Promise<PublicationEditorDto | null> {
  authorizeView(actor, "publication");
  const row = await prisma.publication.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      type: true,
      title: true,
      summary: true,
      body: true,
      publishedOn: true,
      coverImageId: true,
      state: true,
      publishedAt: true,
      version: true,
      updatedAt: true,
      countries: { select: { countryCode: true }, orderBy: { countryCode: "asc" } },
      prisoners: { select: { prisonerId: true } },
      attachments: {
        select: { id: true, assetId: true, title: true },
        orderBy: [{ position: "asc" }, { id: "asc" }],
      },
    },
  });
  if (!row) return null;
  return {
    ...row,
    title: localizedTextOf(row.title),
    summary: localizedTextOf(row.summary),
    body: parseLocalizedRichText(row.body),
    countryCodes: row.countries.map((country) => country.countryCode),
    prisonerIds: row.prisoners.map((prisoner) => prisoner.prisonerId),
    attachments: row.attachments.map((attachment) => ({
      ...attachment,
      title: localizedTextOf(attachment.title),
    })),
  };
}

/** Prisoners (any state: a draft publication may concern a draft profile) and media to attach. */
export async function getPublicationEditorOptions(
  actor: Actor,
  locale: Locale,
): Promise<PublicationEditorOptions> {
  authorizeView(actor, "publication");
  const [prisoners, assets] = await Promise.all([
    prisma.prisoner.findMany({
      select: { id: true, name: true, sortName: true },
      orderBy: [{ sortName: "asc" }, { id: "asc" }],
    }),
    prisma.mediaAsset.findMany({
      select: { id: true, kind: true, mimeType: true, originalFilename: true, alt: true },
      orderBy: { createdAt: "desc" },
    }),
  ]);
  return {
    prisoners: prisoners.map((prisoner) => ({
      id: prisoner.id,
      name: localizedName(prisoner.name, locale) || prisoner.sortName,
    })),
    pdfs: assets
      .filter((asset) => asset.kind === "PDF")
      .map((asset) => ({ id: asset.id, filename: mediaFilename(asset) })),
    images: assets
      .filter((asset) => asset.kind === "IMAGE")
      .map((asset) => ({
        id: asset.id,
        label: [localizedName(asset.alt, locale), mediaFilename(asset)].filter(Boolean).join(" — "),
      })),
  };
}

/**
 * The publication as its public page would show it, in any state: the same DTO the public
 * page renders (lib/data/publications.ts), built by the same mapper, except that files are
 * linked through the staff media route (a draft's files are not public yet).
 */
export async function getPublicationPreview(
  actor: Actor,
  id: string,
  locale: Locale,
): Promise<(PublicationDto & { state: PublicationState }) | null> {
  authorizeView(actor, "publication");
  const row = await prisma.publication.findUnique({
    where: { id },
    select: { ...publicationPageSelect, state: true },
  });
  if (!row) return null;
  // Staff fetch any stored file, published or not, through the staff media route.
  return {
    ...toPublicationDto(row, locale, (file) => apiRoutes.dashboardMediaAsset(file.id)),
    state: row.state,
  };
}
