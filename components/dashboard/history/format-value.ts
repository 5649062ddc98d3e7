import { isRedactedValue } from "@/lib/auth/data-classes";
import type { SnapshotValue } from "@/lib/content-store/types";

export interface ValueWords {
  empty: string;
  yes: string;
  no: string;
  /** A sensitive value the reader may not see (lib/content-store/sensitive-fields.ts). */
  hidden: string;
  /** A field name in the reader's language, for the fields of a whole added or removed row. */
  field: (key: string) => string;
}

/** Keys of a row that say nothing to a reader (identifiers and display-only copies). */
const HIDDEN_KEYS = new Set(["id", "prisonerId", "caseId", "eventId", "publicationId", "letterId"]);

const MIDNIGHT = /^(\d{4}-\d{2}-\d{2})T00:00:00(?:\.000)?Z$/;
const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/;

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

/**
 * A snapshot value as plain text for the history view: dates without a midnight time, localized
 * text per locale, rich text as its words, a whole row as "field: value" lines.
 */
export function formatSnapshotValue(value: SnapshotValue | undefined, words: ValueWords): string {
  if (value === undefined || value === null || value === "") return words.empty;
  if (isRedactedValue(value)) return words.hidden;
  if (typeof value === "boolean") return value ? words.yes : words.no;
  if (typeof value === "number") return String(value);
  if (typeof value === "string") {
    const day = MIDNIGHT.exec(value);
    if (day) return day[1]!;
    const moment = TIMESTAMP.exec(value);
    return moment ? `${moment[1]} ${moment[2]} UTC` : value;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return words.empty;
    if (value.every((item) => typeof item !== "object" || item === null)) {
      return value.map((item) => formatSnapshotValue(item, words)).join(", ");
    }
    return value.map((item) => formatSnapshotValue(item, words)).join("\n\n");
  }
  if (value.type === "doc") return richText(value) || words.empty;
  return Object.entries(value)
    .filter(([key, item]) => !HIDDEN_KEYS.has(key) && item !== null && item !== undefined)
    .map(([key, item]) => `${words.field(key)}: ${formatSnapshotValue(item, words)}`)
    .join("\n");
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
