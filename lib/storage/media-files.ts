/**
 * How uploaded files are named and addressed on the public site. Pure, so that the data layer
 * (links in DTOs) and the download route (Content-Disposition) agree without sharing state.
 */

export type MediaKind = "IMAGE" | "PDF";

/** Types the download route serves as what they are; anything else is sent as a plain download. */
const SERVABLE_TYPES: Record<MediaKind, readonly string[]> = {
  PDF: ["application/pdf"],
  IMAGE: ["image/jpeg", "image/png", "image/webp", "image/avif", "image/gif"],
};

const EXTENSIONS: Record<string, string> = {
  "application/pdf": "pdf",
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/webp": "webp",
  "image/avif": "avif",
  "image/gif": "gif",
};

/** The Content-Type to send: the stored type when it fits the asset's kind, else a neutral one. */
export function servedContentType(kind: MediaKind, mimeType: string): string {
  const type = mimeType.toLowerCase().split(";")[0]!.trim();
  return SERVABLE_TYPES[kind].includes(type) ? type : "application/octet-stream";
}

/** The stored file of an asset that the caller has already decided may be served. */
export interface ServableMediaFile {
  id: string;
  kind: MediaKind;
  storageKey: string;
  mimeType: string;
  sha256: string;
  filename: string;
}

/** The MediaAsset columns that serving its file takes (a Prisma select). */
export const SERVABLE_FILE_SELECT = {
  id: true,
  kind: true,
  storageKey: true,
  mimeType: true,
  sha256: true,
  originalFilename: true,
} as const;

/** A row read with SERVABLE_FILE_SELECT, as the download route serves it. */
export function toServableFile(asset: {
  id: string;
  kind: MediaKind;
  storageKey: string;
  mimeType: string;
  sha256: string;
  originalFilename: string | null;
}): ServableMediaFile {
  return {
    id: asset.id,
    kind: asset.kind,
    storageKey: asset.storageKey,
    mimeType: asset.mimeType,
    sha256: asset.sha256,
    filename: mediaFilename(asset),
  };
}

/**
 * A safe file name for links and downloads: the uploader's name without folders or characters
 * that mean something in a URL or a header, with the extension of its type; `<kind>-<id>` when
 * nothing usable is left.
 */
export function mediaFilename(asset: {
  id: string;
  kind: MediaKind;
  mimeType: string;
  originalFilename: string | null;
}): string {
  const extension = EXTENSIONS[servedContentType(asset.kind, asset.mimeType)] ?? "bin";
  const base = (asset.originalFilename ?? "")
    .split(/[\\/]/)
    .pop()!
    .replace(/\.[^.]*$/, "")
    .normalize("NFC")
    .replace(/[^\p{L}\p{N}._ -]+/gu, "-")
    .replace(/\s+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^[-.]+|[-.]+$/g, "")
    .slice(0, 120);
  return `${base || `${asset.kind.toLowerCase()}-${asset.id}`}.${extension}`;
}

/**
 * A Content-Disposition value with the file name for every browser: an ASCII fallback and the
 * UTF-8 name (RFC 6266 / RFC 8187), so Cyrillic names survive.
 */
export function contentDisposition(type: "attachment" | "inline", filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}
