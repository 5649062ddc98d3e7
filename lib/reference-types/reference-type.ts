import type { z } from "zod";
import type { ContentType } from "@/lib/auth/policy";
import type { LocalizedText } from "@/lib/content-model/localized";
import type editorMessages from "@/lib/i18n/messages/features/editor.en.json";
import type { Locale } from "@/lib/i18n/routing";
import type { ContentErrorCode } from "@/lib/validation/reference-item";

/**
 * What a reference type (tag, country, facility …) is, as plain data and a few small pure
 * functions: its form's fields, its list's columns and filters, what refers to an item, its export
 * columns and the checks its write makes. One generic list read, list page, editor read, form,
 * set of actions, write and export (lib/data/reference-items, components/dashboard/content,
 * lib/actions/reference-items, lib/export) work from it. Readable from client components: no
 * database and no server-only module is imported here.
 */

type ContentEditorMessages = (typeof editorMessages)["ContentEditor"];

/** A key of `ContentEditor.fields` (labels, hints and placeholders of the editors' fields). */
export type FieldMessageKey = keyof ContentEditorMessages["fields"];

/** The `ContentEditor` namespace of a type's list and editor texts (title, lead, new, caption …). */
export type SectionMessageKey = {
  [Key in keyof ContentEditorMessages]: ContentEditorMessages[Key] extends { usageColumn: string }
    ? Key
    : never;
}[keyof ContentEditorMessages];

/** A key of `ContentEditor.sections`: the name of a group of fields in a form. */
export type ReferenceSectionKey = keyof ContentEditorMessages["sections"];

/** The `ContentEditor` namespaces that name the values of an enum (`facilityKinds.PRISON`). */
export type EnumMessageKey = "facilityKinds" | "organisationKinds" | "letterArrivals";

/** Props of a one-line text input, written out as the form renders them. */
export interface TextInputProps {
  type?: "url" | "date";
  required?: boolean;
  autoComplete?: "off";
  spellCheck?: false;
  maxLength?: number;
  className?: string;
}

/**
 * One field of a reference item's form; `name` is the form name and the column it is stored in.
 * A field of `fields` with a `section` begins that section of the form, which holds it and the
 * fields after it up to the next one with a `section` (a form of two sections or more gets a
 * table of contents; a `section` inside a "row" is ignored).
 */
export type ReferenceField = ReferenceFieldKind & { section?: ReferenceSectionKey };

type ReferenceFieldKind =
  /** The address segment (`slug`): unique per type, checked by the write. */
  | { kind: "slug"; name: "slug" }
  /** A text per content language (LocalizedFields); optional ones are stored as NULL when blank. */
  | {
      kind: "localized";
      name: string;
      label: FieldMessageKey;
      hint?: FieldMessageKey;
      required?: boolean;
      multiline?: boolean;
      rows?: number;
      maxLength: number;
    }
  /** One line of text (a code, a number, a web address). */
  | {
      kind: "text";
      name: string;
      label: FieldMessageKey;
      hint?: FieldMessageKey;
      input: TextInputProps;
      /** Set once, when creating (a country's code is its key). */
      createOnly?: boolean;
      /** The value may not repeat: a second item is refused with this code. */
      unique?: ContentErrorCode;
    }
  /** Several lines of plain text. */
  | {
      kind: "textarea";
      name: string;
      label: FieldMessageKey;
      hint?: FieldMessageKey;
      rows: number;
      maxLength: number;
    }
  /** One value of an enum, each named by `ContentEditor.<labels>.<value>`. */
  | {
      kind: "enum";
      name: string;
      label: FieldMessageKey;
      values: readonly string[];
      labels: EnumMessageKey;
      required?: boolean;
      placeholder?: FieldMessageKey;
      className?: string;
    }
  /** A country of the list (the write checks that it exists). */
  | {
      kind: "country";
      name: string;
      label: FieldMessageKey;
      required?: boolean;
      placeholder: FieldMessageKey;
      className?: string;
    }
  /** Fields side by side on wide screens. */
  | { kind: "row"; fields: readonly ReferenceField[] };

/** A field that holds a value (every kind but "row"). */
export type ValueField = Exclude<ReferenceField, { kind: "row" }>;

/** A text to show: as it is, or a message of the type's section with its values. */
export type DisplayText = string | { message: string; values: Record<string, string> };

/** A list item's values: localised columns resolved to the page's language ("" when none). */
export type ListValues = Record<string, string | null>;

/** An editor's values: localised columns as stored, every language. */
export type EditorValues = Record<string, string | LocalizedText | null>;

/** A column of the list's table after the name column; usage and "updated" always end it. */
export type ListColumn =
  | { key: string; header: FieldMessageKey; field: string; empty?: string }
  | { key: string; header: FieldMessageKey; field: string; labels: EnumMessageKey };

/** A column of the export file: a plain column, or one column per content language. */
export type ExportColumnSpec =
  { header: string; field: string } | { prefix: string; field: string; localized: true };

export interface ReferenceTypeDescriptor {
  /** The policy's and the content store's name of the type; also the Prisma model's delegate. */
  type: ContentType;
  /** The table, for the list's text search. */
  table: string;
  /** The item's key column: its address in the dashboard, history and delete form. */
  key: "id" | "code";
  /** `ContentEditor.<section>`: title, lead, new, caption, usageColumn, metaTitle. */
  section: SectionMessageKey;
  /** The editable fields (lib/validation); the update action adds the id and version. */
  schema: z.ZodObject;
  /** When creating takes more than editing (a country's code). */
  createSchema?: z.ZodObject;
  fields: readonly ReferenceField[];
  /** The values a new item's form starts with. */
  newValues?: Record<string, string>;
  list: {
    /** Columns searched by the list's text search (JSON columns as text). */
    search: readonly string[];
    orderBy: readonly string[];
    /** The list can be narrowed to one country (`?country=KZ`). */
    countryFilter?: boolean;
    /** The first column: its header, and the item's name as the link to its editor. */
    name: { key: string; header: FieldMessageKey; text: (values: ListValues) => DisplayText };
    columns: readonly ListColumn[];
  };
  /** What refers to an item: relations counted, and the code of the refused delete's message. */
  usage: {
    relations: readonly string[];
    /** What the list's usage column counts, when less than everything. */
    listRelations?: readonly string[];
    inUseCode: ContentErrorCode;
  };
  /** Columns that together may not repeat; a second item is reported on `field`. */
  naturalKey?: { columns: readonly string[]; field: string; code: ContentErrorCode };
  /** The editor's heading. */
  title: (values: EditorValues, locale: Locale, text: (text: DisplayText) => string) => string;
  /** GET /api/dashboard/export/<list>: the list's name and columns (version, updated_at follow). */
  export?: { list: string; columns: readonly ExportColumnSpec[] };
}

/** A titled group of a form's fields; `key` is null for fields before the first section. */
export interface ReferenceSection {
  key: ReferenceSectionKey | null;
  fields: ReferenceField[];
}

/** The form's fields grouped in their sections, in order. */
export function referenceSections(descriptor: ReferenceTypeDescriptor): ReferenceSection[] {
  const sections: ReferenceSection[] = [];
  for (const field of descriptor.fields) {
    const last = sections.at(-1);
    if (field.section || !last) sections.push({ key: field.section ?? null, fields: [field] });
    else last.fields.push(field);
  }
  return sections;
}

/** Every field that holds a value, in the form's order. */
export function valueFields(descriptor: ReferenceTypeDescriptor): ValueField[] {
  return descriptor.fields.flatMap((field) =>
    field.kind === "row" ? field.fields : [field],
  ) as ValueField[];
}

/** The localised fields, in the form's order (the editor's translation status reads them). */
export function localizedFieldNames(descriptor: ReferenceTypeDescriptor): string[] {
  return valueFields(descriptor)
    .filter((field) => field.kind === "localized")
    .map((field) => field.name);
}

/** The message key of a field's label ("fields.name"). */
export function fieldLabel(field: ValueField): FieldMessageKey {
  return field.kind === "slug" ? "slug" : field.label;
}

/** Whether the type's form has a country field (the pages read the countries only then). */
export function hasCountryField(descriptor: ReferenceTypeDescriptor): boolean {
  return valueFields(descriptor).some((field) => field.kind === "country");
}
