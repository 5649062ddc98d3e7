import sharp, { type FormatEnum, type Metadata, type Sharp } from "sharp";
import { MAX_IMAGE_PIXELS, VARIANT_WIDTHS, type ImageType } from "@/lib/media/upload-limits";
import { UploadRejectedError } from "@/lib/media/upload-rejection";

export type VariantFormat = "webp" | "jpeg";

export interface EncodedImage {
  bytes: Buffer;
  mimeType: ImageType;
  width: number;
  height: number;
}

export interface ProcessedImage {
  /** The whole image, re-encoded in its own format, upright, without any metadata. */
  original: EncodedImage;
  /** Smaller copies for `srcset`, each in WebP and in JPEG (for the few readers without WebP). */
  variants: (EncodedImage & { format: VariantFormat })[];
}

const OUTPUT_FORMAT: Record<ImageType, keyof FormatEnum> = {
  "image/jpeg": "jpeg",
  "image/png": "png",
  "image/webp": "webp",
};

/**
 * Decodes an uploaded image and encodes it afresh, so that nothing of the uploaded file but its
 * pixels survives: sharp writes no metadata unless asked (no EXIF, so no GPS position, camera
 * serial or capture time; no XMP, no IPTC, no ICC profile: colours are converted to sRGB first).
 * `.rotate()` applies the EXIF orientation to the pixels before the tag is dropped, so portrait
 * photos stay upright. A file that merely starts like an image but is not one fails to decode
 * here and is refused.
 */
export async function processImage(
  bytes: Uint8Array,
  mimeType: ImageType,
): Promise<ProcessedImage> {
  const input = () =>
    sharp(bytes, {
      // Refuses to decode larger canvases: the guard against decompression bombs.
      limitInputPixels: MAX_IMAGE_PIXELS,
      failOn: "error",
      // Animated WebP/PNG: the first frame is the image.
      pages: 1,
    });

  let header: Metadata;
  try {
    header = await input().metadata();
  } catch (error) {
    throw decodingRefusal(error);
  }
  if (!header.width || !header.height) throw new UploadRejectedError("unreadableImage");
  if (header.width * header.height > MAX_IMAGE_PIXELS) {
    throw new UploadRejectedError("tooManyPixels", `${header.width}×${header.height}`);
  }

  try {
    const upright = input().rotate().toColourspace("srgb");
    const original = await encode(upright.clone(), OUTPUT_FORMAT[mimeType]);

    const variants: ProcessedImage["variants"] = [];
    // Every width narrower than the original, and at least one copy (the original's width) for
    // images narrower than the smallest variant.
    const widths: number[] = VARIANT_WIDTHS.filter((width) => width < original.width);
    if (widths.length === 0) widths.push(original.width);
    for (const width of widths) {
      const resized = upright.clone().resize({ width, withoutEnlargement: true });
      for (const format of ["webp", "jpeg"] as const) {
        variants.push({ ...(await encode(resized.clone(), format)), format });
      }
    }
    return { original, variants };
  } catch (error) {
    if (error instanceof UploadRejectedError) throw error;
    throw decodingRefusal(error);
  }
}

/** sharp itself refuses a canvas over limitInputPixels, sometimes already when reading the header. */
function decodingRefusal(error: unknown): UploadRejectedError {
  const message = error instanceof Error ? error.message : String(error);
  return new UploadRejectedError(
    /pixel limit/i.test(message) ? "tooManyPixels" : "unreadableImage",
    message,
  );
}

async function encode(pipeline: Sharp, format: keyof FormatEnum): Promise<EncodedImage> {
  const configured =
    format === "jpeg"
      ? // A transparent PNG re-encoded as JPEG gets a white background, not black.
        pipeline.flatten({ background: "#ffffff" }).jpeg({ quality: 82, mozjpeg: true })
      : format === "png"
        ? pipeline.png({ compressionLevel: 9 })
        : pipeline.webp({ quality: 80 });
  const { data, info } = await configured.toBuffer({ resolveWithObject: true });
  return {
    bytes: data,
    mimeType: `image/${info.format === "jpeg" ? "jpeg" : info.format}` as ImageType,
    width: info.width,
    height: info.height,
  };
}
