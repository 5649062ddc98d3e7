import { z } from "zod";

/**
 * Rich text as stored in LocalizedRichText columns: the JSON document of a Tiptap (ProseMirror)
 * editor, limited to the nodes and marks Vigil renders. Anything else is rejected on write, so a
 * renderer can rely on this shape and never needs to pass HTML through.
 *
 * Headings start at level 2: the page title is the only h1.
 */

export type RichTextMark =
  | { type: "bold" }
  | { type: "italic" }
  | { type: "link"; attrs: { href: string; target?: string | null; rel?: string | null } };

export interface RichTextText {
  type: "text";
  text: string;
  marks?: RichTextMark[];
}

/** A line break inside a paragraph (Shift+Enter in Tiptap). */
export interface RichTextHardBreak {
  type: "hardBreak";
}

export type RichTextInline = RichTextText | RichTextHardBreak;

export interface RichTextParagraph {
  type: "paragraph";
  content?: RichTextInline[];
}

export interface RichTextHeading {
  type: "heading";
  attrs: { level: 2 | 3 | 4 };
  content?: RichTextInline[];
}

export interface RichTextListItem {
  type: "listItem";
  content: RichTextBlock[];
}

export interface RichTextBulletList {
  type: "bulletList";
  content: RichTextListItem[];
}

export interface RichTextOrderedList {
  type: "orderedList";
  attrs?: { start?: number };
  content: RichTextListItem[];
}

export interface RichTextBlockquote {
  type: "blockquote";
  content: RichTextBlock[];
}

export type RichTextBlock =
  | RichTextParagraph
  | RichTextHeading
  | RichTextBulletList
  | RichTextOrderedList
  | RichTextBlockquote;

export interface RichTextDoc {
  type: "doc";
  content: RichTextBlock[];
}

/** Links may point to the web, to an e-mail address or within the site; never `javascript:`. */
const linkHrefSchema = z
  .string()
  .max(2048)
  .regex(
    /^(https?:\/\/|mailto:|\/(?!\/))/i,
    "A link must start with https://, http://, mailto: or /",
  );

const markSchema: z.ZodType<RichTextMark> = z.discriminatedUnion("type", [
  z.object({ type: z.literal("bold") }),
  z.object({ type: z.literal("italic") }),
  z.object({
    type: z.literal("link"),
    attrs: z.object({
      href: linkHrefSchema,
      target: z.string().nullish(),
      rel: z.string().nullish(),
    }),
  }),
]);

const inlineSchema: z.ZodType<RichTextInline> = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("text"),
    text: z.string().min(1),
    marks: z.array(markSchema).optional(),
  }),
  z.object({ type: z.literal("hardBreak") }),
]);

// Named (an OpenAPI component, lib/api/schemas): a generator refers to a recursive schema by
// its name instead of expanding it for ever.
const blockSchema: z.ZodType<RichTextBlock> = z
  .lazy(() =>
    z.discriminatedUnion("type", [
      z.object({ type: z.literal("paragraph"), content: z.array(inlineSchema).optional() }),
      z.object({
        type: z.literal("heading"),
        attrs: z.object({ level: z.union([z.literal(2), z.literal(3), z.literal(4)]) }),
        content: z.array(inlineSchema).optional(),
      }),
      z.object({ type: z.literal("bulletList"), content: z.array(listItemSchema).min(1) }),
      z.object({
        type: z.literal("orderedList"),
        attrs: z.object({ start: z.number().int().min(0).optional() }).optional(),
        content: z.array(listItemSchema).min(1),
      }),
      z.object({ type: z.literal("blockquote"), content: z.array(blockSchema).min(1) }),
    ]),
  )
  .meta({ id: "RichTextBlock" });

const listItemSchema: z.ZodType<RichTextListItem> = z.object({
  type: z.literal("listItem"),
  content: z.array(blockSchema).min(1),
});

export const richTextDocSchema: z.ZodType<RichTextDoc> = z.object({
  type: z.literal("doc").describe("Always doc: the document's root."),
  content: z.array(blockSchema).describe("The blocks of the text, in order."),
});

/**
 * Builds a document from plain text: paragraphs are separated by blank lines, single line breaks
 * become hard breaks. Used by the seed, the CSV importer and plain-text fallbacks.
 */
export function richTextFromPlainText(text: string): RichTextDoc {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0);
  return {
    type: "doc",
    content: paragraphs.map((paragraph) => ({
      type: "paragraph",
      content: paragraph.split("\n").flatMap((line, index): RichTextInline[] => {
        const textNode: RichTextText = { type: "text", text: line };
        return index === 0 ? [textNode] : [{ type: "hardBreak" }, textNode];
      }),
    })),
  };
}

function inlineToPlainText(inline: RichTextInline[] | undefined): string {
  return (inline ?? []).map((node) => (node.type === "text" ? node.text : "\n")).join("");
}

function blockToPlainText(block: RichTextBlock): string {
  switch (block.type) {
    case "paragraph":
    case "heading":
      return inlineToPlainText(block.content);
    case "bulletList":
    case "orderedList":
      return block.content.map((item) => item.content.map(blockToPlainText).join("\n")).join("\n");
    case "blockquote":
      return block.content.map(blockToPlainText).join("\n\n");
  }
}

/** The document's text without formatting, blocks separated by blank lines (search, excerpts, meta descriptions). */
export function richTextToPlainText(doc: RichTextDoc): string {
  return doc.content.map(blockToPlainText).join("\n\n").trim();
}

/**
 * Whether plain text carries the document unchanged (paragraphs and line breaks, nothing else):
 * only such a document may be edited in the no-JavaScript textarea, which would drop the
 * formatting of any other. Conservative: anything that does not survive the round trip counts as
 * formatted.
 */
export function isPlainTextDocument(doc: RichTextDoc): boolean {
  return JSON.stringify(richTextFromPlainText(richTextToPlainText(doc))) === JSON.stringify(doc);
}

/** Whether the document has no visible text (an editor's empty state is `{ type: "doc", content: [{ type: "paragraph" }] }`). */
export function isRichTextEmpty(doc: RichTextDoc): boolean {
  return richTextToPlainText(doc).trim().length === 0;
}
