import { fileTypeFromBuffer } from "file-type";
import {
  IMAGE_TYPES,
  MAX_IMAGE_BYTES,
  MAX_PDF_BYTES,
  type ImageType,
} from "@/lib/media/upload-limits";
import { UploadRejectedError } from "@/lib/media/upload-rejection";

export type DetectedUpload =
  { kind: "IMAGE"; mimeType: ImageType } | { kind: "PDF"; mimeType: "application/pdf" };

const IMAGE_NAME = /\.(jpe?g|jfif|png|webp|gif|avif|heic)$/i;

/**
 * The type of an uploaded file, decided from its bytes alone (file-type reads the signature: JPEG's
 * FF D8 FF, PNG's 89 50 4E 47, WebP's RIFF…WEBP, PDF's %PDF-). The file name and the browser's
 * Content-Type are never trusted; they only choose which refusal to explain, so that an HTML page
 * renamed `photo.jpg` is told "this is not an image" rather than "unsupported type".
 */
export async function detectUpload(
  bytes: Uint8Array,
  claimed: { filename?: string | null; contentType?: string | null } = {},
): Promise<DetectedUpload> {
  if (bytes.byteLength === 0) throw new UploadRejectedError("empty");
  const detected = await fileTypeFromBuffer(bytes);
  const mime = detected?.mime as string | undefined;

  if (mime && (IMAGE_TYPES as readonly string[]).includes(mime)) {
    if (bytes.byteLength > MAX_IMAGE_BYTES) throw new UploadRejectedError("tooLarge");
    return { kind: "IMAGE", mimeType: mime as ImageType };
  }
  if (mime === "application/pdf") {
    if (bytes.byteLength > MAX_PDF_BYTES) throw new UploadRejectedError("tooLarge");
    return { kind: "PDF", mimeType: "application/pdf" };
  }

  const name = claimed.filename ?? "";
  const type = (claimed.contentType ?? "").toLowerCase();
  if (IMAGE_NAME.test(name) || type.startsWith("image/")) {
    // A real image of another format (GIF, HEIC) is "unsupported"; anything else posing as one
    // (a script, a web page, a renamed executable) is "not an image".
    throw new UploadRejectedError(
      mime?.startsWith("image/") ? "unsupportedType" : "notAnImage",
      mime,
    );
  }
  if (/\.pdf$/i.test(name) || type === "application/pdf") {
    throw new UploadRejectedError("notAPdf", mime);
  }
  throw new UploadRejectedError("unsupportedType", mime);
}
