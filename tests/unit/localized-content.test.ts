import { describe, expect, it } from "vitest";
import { localizedTextSchema, resolveLocalized } from "@/lib/content-model/localized";
import {
  richTextDocSchema,
  richTextFromPlainText,
  richTextToPlainText,
} from "@/lib/content-model/rich-text";

describe("localised text", () => {
  it("gives the visitor's language when the text exists in it", () => {
    expect(resolveLocalized({ en: "Released on parole", ru: "Освобождён по УДО" }, "ru")).toEqual({
      value: "Освобождён по УДО",
      locale: "ru",
      isFallback: false,
    });
  });

  it("falls back to English and says so when the translation is missing", () => {
    expect(resolveLocalized({ en: "Open Russia" }, "ru")).toEqual({
      value: "Open Russia",
      locale: "en",
      isFallback: true,
    });
  });

  it("has nothing to show when neither the language nor English is there", () => {
    expect(resolveLocalized({ ru: "Только по-русски" }, "en")).toBeNull();
  });

  it("drops blank translations when validating input", () => {
    expect(localizedTextSchema.parse({ en: "  Zhanaozen  ", ru: "   " })).toEqual({
      en: "Zhanaozen",
    });
  });
});

describe("rich text documents", () => {
  it("refuses a javascript: link", () => {
    const doc = {
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [
            {
              type: "text",
              text: "click",
              marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }],
            },
          ],
        },
      ],
    };
    expect(richTextDocSchema.safeParse(doc).success).toBe(false);
  });

  it("refuses raw HTML nodes it does not know", () => {
    const doc = { type: "doc", content: [{ type: "html", content: "<script>alert(1)</script>" }] };
    expect(richTextDocSchema.safeParse(doc).success).toBe(false);
  });

  it("turns plain text into paragraphs and back", () => {
    const doc = richTextFromPlainText("First paragraph.\n\nSecond paragraph.");

    expect(doc.content).toHaveLength(2);
    expect(richTextDocSchema.safeParse(doc).success).toBe(true);
    expect(richTextToPlainText(doc)).toContain("Second paragraph.");
  });
});
