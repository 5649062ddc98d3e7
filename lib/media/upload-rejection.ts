/**
 * Why an uploaded file was refused. The reason is a message key of the "Media.rejections"
 * namespace, so the person uploading reads a specific, translated explanation.
 */
export type UploadRejectionReason =
  /** No bytes at all. */
  | "empty"
  /** Larger than the limit of its kind. */
  | "tooLarge"
  /**
   * The name or the browser says image, the bytes say otherwise (a script or a web page renamed
   * `.jpg`).
   */
  | "notAnImage"
  /** The name or the browser says PDF, the bytes do not start with `%PDF-`. */
  | "notAPdf"
  /** A real file of a type we do not take (GIF, TIFF, a Word document ...). */
  | "unsupportedType"
  /** An image whose canvas is larger than MAX_IMAGE_PIXELS (possibly a decompression bomb). */
  | "tooManyPixels"
  /** An image with a valid signature that cannot be decoded (truncated or damaged). */
  | "unreadableImage";

export class UploadRejectedError extends Error {
  override name = "UploadRejectedError";
  constructor(
    readonly reason: UploadRejectionReason,
    detail?: string,
  ) {
    super(`Upload refused: ${reason}${detail ? ` (${detail})` : ""}`);
  }
}
