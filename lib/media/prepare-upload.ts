import { createHash, randomUUID } from "node:crypto";
import { detectUpload } from "@/lib/media/detect-upload";
import { processImage, type VariantFormat } from "@/lib/media/process-image";

/** One file to write to storage for an upload. */
export interface PreparedFile {
  storageKey: string;
  bytes: Uint8Array;
  mimeType: string;
}

/** A resized copy as recorded in MediaAsset.variants (a type alias: it must be JSON-assignable). */
export type MediaVariant = {
  width: number;
  height: number;
  format: VariantFormat;
  mimeType: string;
  storageKey: string;
  byteSize: number;
};

/** Everything needed to store an upload and describe it as a MediaAsset, before any write. */
export interface PreparedUpload {
  kind: "IMAGE" | "PDF";
  mimeType: string;
  /** Hex SHA-256 of the file as stored (for images: the re-encoded original). */
  sha256: string;
  byteSize: number;
  width: number | null;
  height: number | null;
  storageKey: string;
  variants: MediaVariant[];
  files: PreparedFile[];
}

/** The MediaAsset columns an upload decides (the person's details and the uploader aside). */
export function mediaAssetFieldsOf(upload: PreparedUpload) {
  return {
    kind: upload.kind,
    storageKey: upload.storageKey,
    mimeType: upload.mimeType,
    byteSize: upload.byteSize,
    width: upload.width,
    height: upload.height,
    sha256: upload.sha256,
    variants: upload.variants.length > 0 ? upload.variants : undefined,
  };
}

const EXTENSION: Record<string, string> = {
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/webp": "webp",
  "application/pdf": "pdf",
};

/**
 * Checks an uploaded file and turns it into the files to store: a PDF as it is; an image
 * re-encoded without metadata plus its responsive copies. Throws UploadRejectedError with the
 * reason when the file is refused. Writes nothing.
 *
 * Every upload gets a fresh random folder, so keys are never reused and a stored file never
 * changes (see lib/storage/README.md).
 */
export async function prepareUpload(
  bytes: Uint8Array,
  claimed: { filename?: string | null; contentType?: string | null } = {},
): Promise<PreparedUpload> {
  const detected = await detectUpload(bytes, claimed);
  const folder = `media/${randomUUID()}`;

  if (detected.kind === "PDF") {
    const storageKey = `${folder}/original.pdf`;
    return {
      kind: "PDF",
      mimeType: detected.mimeType,
      sha256: sha256(bytes),
      byteSize: bytes.byteLength,
      width: null,
      height: null,
      storageKey,
      variants: [],
      files: [{ storageKey, bytes, mimeType: detected.mimeType }],
    };
  }

  const { original, variants } = await processImage(bytes, detected.mimeType);
  const storageKey = `${folder}/original.${EXTENSION[original.mimeType]}`;
  const files: PreparedFile[] = [
    { storageKey, bytes: original.bytes, mimeType: original.mimeType },
  ];
  const recorded: MediaVariant[] = variants.map((variant) => {
    const key = `${folder}/w${variant.width}.${EXTENSION[variant.mimeType]}`;
    files.push({ storageKey: key, bytes: variant.bytes, mimeType: variant.mimeType });
    return {
      width: variant.width,
      height: variant.height,
      format: variant.format,
      mimeType: variant.mimeType,
      storageKey: key,
      byteSize: variant.bytes.byteLength,
    };
  });
  return {
    kind: "IMAGE",
    mimeType: original.mimeType,
    sha256: sha256(original.bytes),
    byteSize: original.bytes.byteLength,
    width: original.width,
    height: original.height,
    storageKey,
    variants: recorded,
    files,
  };
}

function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
