import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { INVALIDATION_REASONS, isInvalidationReason } from "@/lib/signing/invalidation-reasons";
import { invalidateSignaturesSchema } from "@/lib/validation/letter";

function labels(feature: string, locale: string, namespace: string, key: string): string[] {
  const file = path.join(process.cwd(), "lib/i18n/messages/features", `${feature}.${locale}.json`);
  const messages = JSON.parse(readFileSync(file, "utf8")) as Record<
    string,
    Record<string, Record<string, string>>
  >;
  return Object.keys(messages[namespace]?.[key] ?? {}).sort();
}

describe("signature invalidation reasons", () => {
  it.each(["en", "ru"])(
    "every reason has a public label and a dashboard label, and no label is left over (%s)",
    (locale) => {
      const reasons = [...INVALIDATION_REASONS].sort();
      expect(labels("signing", locale, "Signing", "removedReasons")).toEqual(reasons);
      expect(labels("petitions", locale, "FlaggedSignatures", "reasons")).toEqual(reasons);
    },
  );

  it("the staff form accepts exactly the listed reasons", () => {
    const form = { letterId: "letter", signatureIds: ["id"] };
    for (const reason of INVALIDATION_REASONS) {
      expect(invalidateSignaturesSchema.safeParse({ ...form, reason }).success).toBe(true);
    }
    expect(invalidateSignaturesSchema.safeParse({ ...form, reason: "disliked" }).success).toBe(
      false,
    );
    expect(isInvalidationReason("disliked")).toBe(false);
  });
});
