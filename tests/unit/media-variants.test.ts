import { describe, expect, it } from "vitest";
import { parseVariantRequest, pickVariant } from "@/lib/media/media-variants";
import type { MediaVariant } from "@/lib/media/prepare-upload";

const variant = (width: number, format: "webp" | "jpeg"): MediaVariant => ({
  width,
  height: width,
  format,
  mimeType: `image/${format}`,
  storageKey: `media/x/w${width}.${format}`,
  byteSize: 1,
});
const variants = [320, 640, 1280].flatMap((width) => [
  variant(width, "webp"),
  variant(width, "jpeg"),
]);

describe("choosing a resized copy", () => {
  it("sends the narrowest copy at least as wide as asked", () => {
    expect(pickVariant(variants, { width: 600, format: "webp" })?.width).toBe(640);
    expect(pickVariant(variants, { width: 320, format: "jpeg" })?.storageKey).toBe(
      "media/x/w320.jpeg",
    );
  });

  it("sends the widest copy when asked for more, never an enlargement", () => {
    expect(pickVariant(variants, { width: 4000, format: "webp" })?.width).toBe(1280);
  });

  it("has nothing to send for an asset without copies", () => {
    expect(pickVariant([], { width: 320, format: "webp" })).toBeNull();
  });

  it("reads ?w= and format=, WebP by default, and ignores nonsense", () => {
    expect(parseVariantRequest(new URLSearchParams("w=640"))).toEqual({
      width: 640,
      format: "webp",
    });
    expect(parseVariantRequest(new URLSearchParams("w=320&format=jpeg"))).toEqual({
      width: 320,
      format: "jpeg",
    });
    expect(parseVariantRequest(new URLSearchParams("w=-1"))).toBeNull();
    expect(parseVariantRequest(new URLSearchParams("w=0"))).toBeNull();
    expect(parseVariantRequest(new URLSearchParams(""))).toBeNull();
  });
});
