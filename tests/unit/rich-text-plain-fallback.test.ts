import { describe, expect, it } from "vitest";
import {
  isPlainTextDocument,
  richTextFromPlainText,
  type RichTextDoc,
} from "@/lib/content-model/rich-text";

/**
 * Without JavaScript the rich-text field is a textarea: only documents that plain text carries
 * unchanged may be edited there; any other is kept as it is (never saved without its formatting).
 */
describe("which documents the no-JavaScript textarea may edit", () => {
  it("edits paragraphs and line breaks", () => {
    expect(
      isPlainTextDocument(richTextFromPlainText("First paragraph.\nSame one.\n\nSecond.")),
    ).toBe(true);
  });

  it("keeps a document with marks, headings, lists or quotes as it is", () => {
    const bold: RichTextDoc = {
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: "Free", marks: [{ type: "bold" }] }] },
      ],
    };
    const heading: RichTextDoc = {
      type: "doc",
      content: [
        { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Case" }] },
      ],
    };
    const list: RichTextDoc = {
      type: "doc",
      content: [
        {
          type: "bulletList",
          content: [
            {
              type: "listItem",
              content: [{ type: "paragraph", content: [{ type: "text", text: "One" }] }],
            },
          ],
        },
      ],
    };
    const quote: RichTextDoc = {
      type: "doc",
      content: [
        {
          type: "blockquote",
          content: [{ type: "paragraph", content: [{ type: "text", text: "Said" }] }],
        },
      ],
    };
    for (const doc of [bold, heading, list, quote]) expect(isPlainTextDocument(doc)).toBe(false);
  });
});
