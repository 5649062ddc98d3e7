import "server-only";
import type { Actor } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/session";
import { parseLocalizedText, type LocalizedText } from "@/lib/content-model/localized";
import { prisma } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { parseMediaVariants } from "@/lib/media/media-variants";
import type { MediaVariant } from "@/lib/media/prepare-upload";
import {
  mediaFilename,
  SERVABLE_FILE_SELECT,
  toServableFile,
  type MediaKind,
} from "@/lib/storage/media-files";

/** Where an asset is used: the items that would lose it if it were deleted. */
export interface MediaUsage {
  prisonerPhotos: { id: string; name: LocalizedText; state: string }[];
  publicationCovers: { id: string; title: LocalizedText; state: string }[];
  publicationAttachments: { id: string; title: LocalizedText; state: string }[];
  sourceDocuments: { id: string; title: string }[];
}

/** One asset as the dashboard shows it. Never sent to the public. */
export interface StaffMediaAssetDto {
  id: string;
  kind: MediaKind;
  mimeType: string;
  byteSize: number;
  width: number | null;
  height: number | null;
  alt: LocalizedText;
  credit: string | null;
  filename: string;
  originalFilename: string | null;
  uploadedBy: string | null;
  createdAt: string;
  variantWidths: number[];
  usageCount: number;
}

export const MEDIA_PAGE_SIZE = 24;

const listSelect = {
  id: true,
  kind: true,
  mimeType: true,
  byteSize: true,
  width: true,
  height: true,
  alt: true,
  credit: true,
  originalFilename: true,
  variants: true,
  createdAt: true,
  uploadedBy: { select: { name: true } },
  _count: {
    select: {
      prisonerPhotos: true,
      publicationCovers: true,
      publicationAttachments: true,
      sourceDocuments: true,
    },
  },
} as const;

type ListedRow = {
  id: string;
  kind: MediaKind;
  mimeType: string;
  byteSize: number;
  width: number | null;
  height: number | null;
  alt: unknown;
  credit: string | null;
  originalFilename: string | null;
  variants: unknown;
  createdAt: Date;
  uploadedBy: { name: string } | null;
  _count: Record<
    "prisonerPhotos" | "publicationCovers" | "publicationAttachments" | "sourceDocuments",
    number
  >;
};

function toDto(row: ListedRow): StaffMediaAssetDto {
  const widths = new Set(parseMediaVariants(row.variants).map((variant) => variant.width));
  return {
    id: row.id,
    kind: row.kind,
    mimeType: row.mimeType,
    byteSize: row.byteSize,
    width: row.width,
    height: row.height,
    alt: safeLocalized(row.alt),
    credit: row.credit,
    filename: mediaFilename(row),
    originalFilename: row.originalFilename,
    uploadedBy: row.uploadedBy?.name ?? null,
    createdAt: row.createdAt.toISOString(),
    variantWidths: [...widths].sort((a, b) => a - b),
    usageCount: Object.values(row._count).reduce((sum, count) => sum + count, 0),
  };
}

function safeLocalized(json: unknown): LocalizedText {
  try {
    return parseLocalizedText(json);
  } catch {
    // A damaged alt text shows as missing (and is then re-entered), rather than hiding the asset.
    return {};
  }
}

function authorizeView(actor: Actor | null): asserts actor is Actor {
  authorize(actor, "view", { type: "media" });
}

/** The media library, newest first, optionally one kind only. */
export async function listMediaForStaff(
  actor: Actor | null,
  options: { page?: number; kind?: MediaKind } = {},
): Promise<{ items: StaffMediaAssetDto[]; total: number; page: number; pageCount: number }> {
  authorizeView(actor);
  const where = options.kind ? { kind: options.kind } : {};
  const total = await prisma.mediaAsset.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / MEDIA_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.floor(options.page ?? 1)), pageCount);
  const rows = await prisma.mediaAsset.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * MEDIA_PAGE_SIZE,
    take: MEDIA_PAGE_SIZE,
    select: listSelect,
  });
  return { items: rows.map(toDto), total, page, pageCount };
}

/** One asset with where it is used. NotFoundError when there is none. */
export async function getMediaForStaff(
  actor: Actor | null,
  id: string,
): Promise<StaffMediaAssetDto & { usage: MediaUsage }> {
  authorizeView(actor);
  const row = await prisma.mediaAsset.findUnique({
    where: { id },
    select: {
      ...listSelect,
      prisonerPhotos: { select: { id: true, name: true, state: true } },
      publicationCovers: { select: { id: true, title: true, state: true } },
      publicationAttachments: {
        select: { publication: { select: { id: true, title: true, state: true } } },
      },
      sourceDocuments: { select: { id: true, title: true } },
    },
  });
  if (!row) throw new NotFoundError("media", id);
  return {
    ...toDto(row),
    usage: {
      prisonerPhotos: row.prisonerPhotos.map((p) => ({
        id: p.id,
        name: safeLocalized(p.name),
        state: p.state,
      })),
      publicationCovers: row.publicationCovers.map((p) => ({
        id: p.id,
        title: safeLocalized(p.title),
        state: p.state,
      })),
      publicationAttachments: row.publicationAttachments.map(({ publication: p }) => ({
        id: p.id,
        title: safeLocalized(p.title),
        state: p.state,
      })),
      sourceDocuments: row.sourceDocuments,
    },
  };
}

/** The resized copies of an asset (none for PDFs). */
export async function getMediaVariants(id: string): Promise<MediaVariant[]> {
  const row = await prisma.mediaAsset.findUnique({ where: { id }, select: { variants: true } });
  return parseMediaVariants(row?.variants);
}

/** The stored file of any asset, for staff (thumbnails in the library, previews of drafts). */
export async function getStaffMediaFile(actor: Actor | null, id: string) {
  authorizeView(actor);
  const row = await prisma.mediaAsset.findUnique({
    where: { id },
    select: SERVABLE_FILE_SELECT,
  });
  return row && toServableFile(row);
}
