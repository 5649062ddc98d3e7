import "server-only";
import { prisma } from "@/lib/db";
import { notWithheldWhere, publishedPrisonerWhere } from "@/lib/data/prisoners";
import { publishedPublicationWhere } from "@/lib/data/publications";
import { SERVABLE_FILE_SELECT, toServableFile, type MediaKind } from "@/lib/storage/media-files";

/** What the download route needs to serve a file; never shown on a page. */
export interface PublicMediaFileDto {
  id: string;
  kind: MediaKind;
  storageKey: string;
  mimeType: string;
  byteSize: number;
  sha256: string;
  filename: string;
}

/**
 * A file the public may download: one attached to a published publication, the cover image of
 * one, or the photo of a published profile that shows it. Null for anything else (a withheld
 * photo, a draft's attachment; source documents have their own read, public-source-document.ts),
 * so that the route answers 404 without saying whether the file exists.
 *
 * Not cached: the answer must change the moment a publication is withdrawn, and the route's
 * responses are cached by the browser instead.
 */
export async function getPublicMediaFile(id: string): Promise<PublicMediaFileDto | null> {
  const asset = await prisma.mediaAsset.findFirst({
    where: {
      id,
      OR: [
        { publicationAttachments: { some: { publication: publishedPublicationWhere } } },
        { publicationCovers: { some: publishedPublicationWhere } },
        // The reply to a public letter, once its answer is published (lib/letter-answers).
        {
          letterAnswerDocuments: {
            some: { state: "PUBLISHED", letter: { state: { not: "DRAFT" } } },
          },
        },
        // The photo of a published profile, unless the editors withheld it.
        {
          prisonerPhotos: {
            some: {
              ...publishedPrisonerWhere,
              ...notWithheldWhere("photo", "photoId"),
            },
          },
        },
      ],
    },
    select: { ...SERVABLE_FILE_SELECT, byteSize: true },
  });
  if (!asset) return null;
  return { ...toServableFile(asset), byteSize: asset.byteSize };
}
