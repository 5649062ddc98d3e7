import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/session";
import { revalidateContent } from "@/lib/data/cache";
import { prisma } from "@/lib/db";
import { InvalidFieldsError, NotFoundError } from "@/lib/errors";
import {
  parseMediaDetails,
  type MediaDetails,
  type MediaDetailsValues,
} from "@/lib/media/media-details-schema";
import { MediaInUseError } from "@/lib/media/media-errors";
import { recordMediaDetailsChange } from "@/lib/media/media-public-change";
import { parseMediaVariants } from "@/lib/media/media-variants";
import { mediaAssetFieldsOf, type PreparedUpload } from "@/lib/media/prepare-upload";
import { getFileStorage, type FileStorage } from "@/lib/storage";

/** Where a write came from, for its audit row. */
export interface WriteContext {
  ip?: string | null;
  userAgent?: string | null;
}

export type StoredUpload = { id: string; duplicateOf: null } | { id: string; duplicateOf: string };

/**
 * Stores a prepared upload (see prepareUpload) and records it: the files first, then the
 * MediaAsset row and its audit row in one transaction. If the transaction fails, the files just
 * written are removed again, so no orphan stays behind. The same file uploaded twice (same
 * SHA-256 of what would be stored) is not stored again: the existing asset is returned.
 */
export async function storeUpload(
  actor: Actor | null,
  upload: PreparedUpload,
  input: { details: MediaDetails; originalFilename: string | null },
  options: { storage?: FileStorage; context?: WriteContext } = {},
): Promise<StoredUpload> {
  authorize(actor, "upload", { type: "media" });
  const storage = options.storage ?? getFileStorage();

  const existing = await prisma.mediaAsset.findFirst({
    where: { sha256: upload.sha256, kind: upload.kind },
    select: { id: true },
  });
  if (existing) return { id: existing.id, duplicateOf: existing.id };

  const written: string[] = [];
  try {
    for (const file of upload.files) {
      await storage.write(file.storageKey, file.bytes);
      written.push(file.storageKey);
    }
    const asset = await prisma.$transaction(async (tx) => {
      const created = await tx.mediaAsset.create({
        data: {
          ...mediaAssetFieldsOf(upload),
          alt: input.details.alt,
          credit: input.details.credit,
          originalFilename: input.originalFilename?.slice(0, 255) || null,
          uploadedById: actor.id,
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        actor,
        action: "media.upload",
        entityType: "MediaAsset",
        entityId: created.id,
        ip: options.context?.ip,
        userAgent: options.context?.userAgent,
        details: {
          kind: upload.kind,
          mimeType: upload.mimeType,
          byteSize: upload.byteSize,
          sha256: upload.sha256,
          variants: upload.variants.length,
        },
      });
      return created;
    });
    return { id: asset.id, duplicateOf: null };
  } catch (error) {
    await Promise.allSettled(written.map((key) => storage.delete(key)));
    throw error;
  }
}

/**
 * Changes an asset's alt text and credit (any staff member), with an audit row. The rules depend
 * on the kind of file (an image needs a text alternative), so the typed values are checked
 * against the stored asset here: problems come back as InvalidFieldsError on their fields. The
 * published profiles and publications that show the asset are changed with it: feed entries in the
 * same transaction, their cached pages revalidated after it (media-public-change.ts).
 */
export async function updateMediaDetails(
  actor: Actor | null,
  id: string,
  values: MediaDetailsValues,
  context: WriteContext = {},
): Promise<void> {
  authorize(actor, "upload", { type: "media" });
  const tags = await prisma.$transaction(async (tx) => {
    const before = await tx.mediaAsset.findUnique({
      where: { id },
      select: { alt: true, credit: true, kind: true },
    });
    if (!before) throw new NotFoundError("media", id);
    const parsed = parseMediaDetails(values, before.kind);
    if (!parsed.success) throw new InvalidFieldsError(parsed.errors);
    const { details } = parsed;
    await tx.mediaAsset.update({
      where: { id },
      data: { alt: details.alt, credit: details.credit },
    });
    await recordAudit(tx, {
      actor,
      action: "media.update",
      entityType: "MediaAsset",
      entityId: id,
      ip: context.ip,
      userAgent: context.userAgent,
      details: {
        before: { alt: before.alt ?? null, credit: before.credit },
        after: { alt: details.alt, credit: details.credit },
      },
    });
    const changed =
      JSON.stringify(before.alt ?? null) !== JSON.stringify(details.alt ?? null) ||
      JSON.stringify(before.credit ?? null) !== JSON.stringify(details.credit ?? null);
    // The change feed's entries, as the transaction's last statement.
    return changed ? recordMediaDetailsChange(tx, id) : [];
  });
  // The pages that show the text alternative or the credit render afresh.
  revalidateContent(...tags);
}

/**
 * Deletes an asset (editors only) that nothing uses any more; MediaInUseError otherwise, since
 * the database would quietly unlink a profile's photo. The row and its audit row go in one
 * transaction; the files are removed after the commit (a crash in between leaves files without
 * a row, which are harmless, never a row without files).
 */
export async function deleteMedia(
  actor: Actor | null,
  id: string,
  options: { storage?: FileStorage; context?: WriteContext } = {},
): Promise<void> {
  authorize(actor, "delete", { type: "media" });
  const storage = options.storage ?? getFileStorage();
  const deleted = await prisma.$transaction(async (tx) => {
    // Locks the row, so that nothing can start using the asset between the check and the delete.
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "MediaAsset" WHERE id = ${id} FOR UPDATE`;
    if (locked.length === 0) throw new NotFoundError("media", id);
    const asset = await tx.mediaAsset.findUniqueOrThrow({
      where: { id },
      select: {
        storageKey: true,
        variants: true,
        sha256: true,
        kind: true,
        originalFilename: true,
        _count: {
          select: {
            prisonerPhotos: true,
            publicationCovers: true,
            publicationAttachments: true,
            sourceDocuments: true,
          },
        },
      },
    });
    const usage = Object.values(asset._count).reduce((sum, count) => sum + count, 0);
    if (usage > 0) throw new MediaInUseError(id, usage);
    await tx.mediaAsset.delete({ where: { id } });
    await recordAudit(tx, {
      actor,
      action: "media.delete",
      entityType: "MediaAsset",
      entityId: id,
      ip: options.context?.ip,
      userAgent: options.context?.userAgent,
      details: {
        kind: asset.kind,
        sha256: asset.sha256,
        originalFilename: asset.originalFilename,
      },
    });
    return asset;
  });
  const keys = [
    deleted.storageKey,
    ...parseMediaVariants(deleted.variants).map((v) => v.storageKey),
  ];
  await Promise.allSettled(keys.map((key) => storage.delete(key)));
}
