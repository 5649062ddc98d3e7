import { z } from "zod";
import type { MediaVariant } from "@/lib/media/prepare-upload";

/** MediaAsset.variants as stored; a damaged value reads as "no variants". */
const variantsSchema = z.array(
  z.object({
    width: z.number().int().positive(),
    height: z.number().int().positive(),
    format: z.enum(["webp", "jpeg"]),
    mimeType: z.string(),
    storageKey: z.string(),
    byteSize: z.number().int().nonnegative(),
  }),
);

export function parseMediaVariants(json: unknown): MediaVariant[] {
  const parsed = variantsSchema.safeParse(json ?? []);
  return parsed.success ? parsed.data : [];
}

export interface VariantRequest {
  /** Wanted width in CSS pixels × density, e.g. from `?w=640`. */
  width: number;
  format: "webp" | "jpeg";
}

/**
 * Parses `?w=640&format=jpeg`. Without `w` the original is wanted (null); an unusable `w` is
 * also null, so a mistyped link still shows the picture. WebP is the default format.
 */
export function parseVariantRequest(searchParams: URLSearchParams): VariantRequest | null {
  const w = searchParams.get("w");
  if (!w || !/^\d{1,5}$/.test(w) || Number(w) === 0) return null;
  const format = searchParams.get("format") === "jpeg" ? "jpeg" : "webp";
  return { width: Number(w), format };
}

/**
 * The copy to send for a request: the narrowest of the wanted format at least as wide as asked,
 * else the widest there is (never upscaled). Null when the asset has no copy in that format.
 */
export function pickVariant(
  variants: MediaVariant[],
  request: VariantRequest,
): MediaVariant | null {
  const candidates = variants
    .filter((variant) => variant.format === request.format)
    .sort((a, b) => a.width - b.width);
  return candidates.find((variant) => variant.width >= request.width) ?? candidates.at(-1) ?? null;
}
