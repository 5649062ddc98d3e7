/**
 * What the dashboard accepts as an upload. Changed here, in code, on purpose: a limit is a
 * security decision (memory and disk per request), not a deployment setting.
 */

/** Largest image file accepted (bytes). Phones produce 3–12 MB photos. */
export const MAX_IMAGE_BYTES = 15 * 1024 * 1024;

/** Largest PDF accepted (bytes): long reports with photographs. */
export const MAX_PDF_BYTES = 30 * 1024 * 1024;

/**
 * Largest image accepted, in pixels (width × height), checked from the header before decoding
 * and enforced again by sharp while decoding. A small file can declare a huge canvas (a
 * "decompression bomb"); 50 megapixels covers every camera a researcher is likely to use and
 * keeps one decode under ~200 MB of memory.
 */
export const MAX_IMAGE_PIXELS = 50_000_000;

/** Widths of the responsive copies. Never wider than the original: images are not upscaled. */
export const VARIANT_WIDTHS = [320, 640, 1280] as const;

/** Image types accepted, as detected from the bytes. */
export const IMAGE_TYPES = ["image/jpeg", "image/png", "image/webp"] as const;
export type ImageType = (typeof IMAGE_TYPES)[number];

/** The largest upload of any kind; the upload route refuses bigger bodies before parsing them. */
export const MAX_UPLOAD_BYTES = Math.max(MAX_IMAGE_BYTES, MAX_PDF_BYTES);
