import { isRedactedValue } from "@/lib/auth/data-classes";
import type { SnapshotValue } from "@/lib/content-store/types";
import { DISPLAY_COPIES, referenceKind, type NameBook } from "@/lib/data/history-references";

export interface ValueWords {
  locale: string;
  empty: string;
  yes: string;
  no: string;
  /** A sensitive value the reader may not see (lib/content-store/sensitive-fields.ts). */
  hidden: string;
  /** A field name in the reader's language, for the fields of a whole added or removed row. */
  field: (key: string) => string;
  /** The label the form shows for a value of an enum field ("SENTENCED" → "Sentenced"), if any. */
  enumLabel: (key: string, value: string) => string | null;
  /** "Deleted item" wording for an id that no longer resolves. */
  deleted: (id: string) => string;
  /** A row that exists but has no name in any language. */
  untitled: string;
  /** A calendar day, month or year in the reader's locale (precision DAY, MONTH or YEAR). */
  date: (day: string, precision: string) => string;
  /** A moment in the reader's locale. */
  moment: (iso: string) => string;
  /** Names of referenced rows (lib/data/history-names.ts). */
  names: NameBook;
}

/** Where a value sits: its field's key and, for a partial date, its precision. */
export interface ValueContext {
  key?: string;
  precision?: string;
}

/** Keys of a row that say nothing to a reader (identifiers). */
const HIDDEN_KEYS = new Set(["id", "eventId", "publicationId", "letterId"]);

const DAY = /^(\d{4}-\d{2}-\d{2})(?:T00:00:00(?:\.000)?Z)?$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** The text of a Tiptap/ProseMirror document, paragraphs on their own lines. */
function richText(doc: { [key: string]: SnapshotValue }): string {
  const blocks: string[] = [];
  const visit = (node: SnapshotValue, into: string[]): void => {
    if (!node || typeof node !== "object" || Array.isArray(node)) return;
    if (typeof node.text === "string") into.push(node.text);
    if (Array.isArray(node.content)) {
      if (node.type === "doc" || node.type === "bulletList" || node.type === "orderedList") {
        for (const child of node.content) {
          const parts: string[] = [];
          visit(child, parts);
          if (parts.length > 0) blocks.push(parts.join(""));
        }
      } else {
        for (const child of node.content) visit(child, into);
      }
    }
  };
  visit(doc, blocks);
  return blocks.join("\n");
}

function referenceName(key: string | undefined, id: string, words: ValueWords): string | null {
  const kind = referenceKind(key);
  if (!kind) return null;
  const name = words.names[kind]?.[id];
  if (name === undefined) return words.deleted(id);
  return name || words.untitled;
}

function formatText(value: string, words: ValueWords, context: ValueContext): string {
  const name = referenceName(context.key, value, words);
  if (name !== null) return name;
  if (context.key === "field" || context.key === "redactedFields") return words.field(value);
  const label = context.key ? words.enumLabel(context.key, value) : null;
  if (label) return label;
  const day = DAY.exec(value);
  if (day) return words.date(day[1]!, context.precision ?? "DAY");
  if (TIMESTAMP.test(value)) return words.moment(value);
  return value;
}

/** A whole row as "field: value" lines, a partial date with its precision, copies left out. */
function formatRow(row: { [key: string]: SnapshotValue }, words: ValueWords): string {
  const copies = new Set(
    Object.entries(DISPLAY_COPIES).flatMap(([reference, copy]) => (reference in row ? [copy] : [])),
  );
  return Object.entries(row)
    .filter(([key, item]) => {
      if (HIDDEN_KEYS.has(key) || copies.has(key) || item === null || item === undefined) {
        return false;
      }
      // A precision is said with its date ("March 2024"), not as a field of its own.
      return !(key.endsWith("Precision") && key.slice(0, -"Precision".length) in row);
    })
    .map(([key, item]) => {
      const precision = row[`${key}Precision`];
      const context = { key, precision: typeof precision === "string" ? precision : undefined };
      return `${words.field(key)}: ${formatSnapshotValue(item, words, context)}`;
    })
    .join("\n");
}

/**
 * A snapshot value as the editor saw it in the form: an enum by its label, an id by the name of
 * the row it points at (or "deleted item"), a date in the reader's locale with its precision,
 * a yes/no as a word, rich text as its words, a whole row as "field: value" lines.
 */
export function formatSnapshotValue(
  value: SnapshotValue | undefined,
  words: ValueWords,
  context: ValueContext = {},
): string {
  if (value === undefined || value === null || value === "") return words.empty;
  if (isRedactedValue(value)) return words.hidden;
  if (typeof value === "boolean") return value ? words.yes : words.no;
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return formatText(value, words, context);
  if (Array.isArray(value)) {
    if (value.length === 0) return words.empty;
    if (value.every((item) => typeof item !== "object" || item === null)) {
      return value.map((item) => formatSnapshotValue(item, words, context)).join(", ");
    }
    return value.map((item) => formatSnapshotValue(item, words)).join("\n\n");
  }
  if (value.type === "doc") return richText(value) || words.empty;
  return formatRow(value, words);
}

/** The name of a changed row: its label field in words, a localized text in the reader's language. */
export function rowLabelText(
  rowLabel: { key: string; value: SnapshotValue } | undefined,
  words: ValueWords,
): string | undefined {
  if (!rowLabel) return undefined;
  const { key, value } = rowLabel;
  if (value && typeof value === "object" && !Array.isArray(value) && value.type !== "doc") {
    const text = value[words.locale] ?? value.en ?? Object.values(value).find(Boolean);
    return typeof text === "string" ? text : undefined;
  }
  return formatSnapshotValue(value, words, { key });
}

/** A readable name for a changed field: the known field names along its path, then the row's name. */
export function fieldPathLabel(
  path: string[],
  rowLabel: string | undefined,
  fieldName: (key: string) => string | null,
): string {
  const names = path.flatMap((segment) => {
    const name = fieldName(segment);
    return name ? [name] : [];
  });
  const label = names.join(" › ");
  return rowLabel ? `${label} — ${rowLabel}` : label;
}
