import { describe, expect, it } from "vitest";
import { loadMessages } from "@/lib/i18n/messages";
import {
  REFERENCE_TYPES,
  referenceSections,
  valueFields,
  type ReferenceTypeDescriptor,
  type ValueField,
} from "@/lib/reference-types";
import { tagType } from "@/lib/reference-types/tag";

/**
 * The reference types' descriptors (lib/reference-types) drive the lists, forms, actions, writes
 * and exports: a descriptor whose label has no text in a language, or whose field the schema does
 * not validate, would show a raw key or save nothing. Every problem is listed at once.
 */

type Messages = Record<string, unknown>;

function messageAt(messages: Messages, path: string): unknown {
  return path
    .split(".")
    .reduce<unknown>(
      (node, key) => (node && typeof node === "object" ? (node as Messages)[key] : undefined),
      messages,
    );
}

function fieldMessages(field: ValueField): string[] {
  if (field.kind === "slug") return ["fields.slug", "fields.slugHint"];
  const keys = [field.label, "hint" in field ? field.hint : undefined];
  if (field.kind === "enum" || field.kind === "country") keys.push(field.placeholder);
  const messages = keys.filter(Boolean).map((key) => `fields.${key}`);
  if (field.kind === "enum")
    messages.push(...field.values.map((value) => `${field.labels}.${value}`));
  return messages;
}

/** What is wrong with a descriptor, as readable lines (none when it is complete). */
function descriptorProblems(
  descriptor: ReferenceTypeDescriptor,
  languages: Record<string, Messages>,
): string[] {
  const problems: string[] = [];
  const keys = [
    ...["title", "lead", "new", "caption", "usageColumn", "metaTitle"].map(
      (key) => `${descriptor.section}.${key}`,
    ),
    ...valueFields(descriptor).flatMap(fieldMessages),
    ...referenceSections(descriptor).flatMap((section) =>
      section.key ? [`sections.${section.key}`] : [],
    ),
    ...[descriptor.list.name.header, ...descriptor.list.columns.map((column) => column.header)].map(
      (header) => `fields.${header}`,
    ),
    ...descriptor.list.columns.flatMap((column) => ("labels" in column ? [column.labels] : [])),
    `errors.${descriptor.usage.inUseCode}`,
    ...(descriptor.naturalKey ? [`errors.${descriptor.naturalKey.code}`] : []),
    ...valueFields(descriptor).flatMap((field) =>
      field.kind === "text" && field.unique ? [`errors.${field.unique}`] : [],
    ),
  ];
  for (const [language, messages] of Object.entries(languages)) {
    for (const key of keys) {
      if (messageAt(messages, `ContentEditor.${key}`) === undefined) {
        problems.push(`${descriptor.type}: no ${language} text for ContentEditor.${key}`);
      }
    }
  }
  const created = Object.keys((descriptor.createSchema ?? descriptor.schema).shape);
  const edited = Object.keys(descriptor.schema.shape);
  for (const field of valueFields(descriptor)) {
    const createOnly = field.kind === "text" && field.createOnly;
    if (!created.includes(field.name)) {
      problems.push(`${descriptor.type}: the create schema has no key "${field.name}"`);
    }
    if (!createOnly && !edited.includes(field.name)) {
      problems.push(`${descriptor.type}: the schema has no key "${field.name}"`);
    }
  }
  const names = valueFields(descriptor).map((field) => field.name);
  for (const key of created) {
    if (!names.includes(key))
      problems.push(`${descriptor.type}: no field for the schema's "${key}"`);
  }
  return problems;
}

const languages = { en: await loadMessages("en"), ru: await loadMessages("ru") };

describe("reference type descriptors", () => {
  it("are registered under the policy's name of their type", () => {
    for (const [name, descriptor] of Object.entries(REFERENCE_TYPES)) {
      expect(descriptor.type).toBe(name);
    }
  });

  it("have English and Russian texts for every label, and a schema key for every field", () => {
    const problems = Object.values(REFERENCE_TYPES).flatMap((descriptor) =>
      descriptorProblems(descriptor, languages),
    );
    expect(problems).toEqual([]);
  });

  it("group the form's fields in sections, each beginning where a field names one", () => {
    const facility = REFERENCE_TYPES.facility;
    const sections = referenceSections(facility).map((section) => ({
      key: section.key,
      fields: valueFields({ ...facility, fields: section.fields }).map((field) => field.name),
    }));
    expect(sections).toEqual([
      { key: "name", fields: ["name", "slug"] },
      { key: "place", fields: ["kind", "countryCode", "region"] },
      { key: "postal", fields: ["postalAddress", "addressNotes"] },
      { key: "letters", fields: ["lettersArrive", "lettersCheckedOn"] },
    ]);
    // A type without sections is one untitled group: its form has no table of contents.
    expect(referenceSections(tagType)).toEqual([{ key: null, fields: tagType.fields }]);
  });

  it("report a label without text and a field the schema does not know", () => {
    const broken: ReferenceTypeDescriptor = {
      ...tagType,
      fields: [
        ...tagType.fields,
        { kind: "localized", name: "motto", label: "motto" as never, maxLength: 10 },
      ],
    };
    expect(descriptorProblems(broken, languages)).toEqual([
      "tag: no en text for ContentEditor.fields.motto",
      "tag: no ru text for ContentEditor.fields.motto",
      'tag: the create schema has no key "motto"',
      'tag: the schema has no key "motto"',
    ]);
  });
});
