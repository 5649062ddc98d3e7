import { localizedString, type LocalizedText } from "@/lib/content-model/localized";
import type { ReferenceTypeDescriptor } from "@/lib/reference-types/reference-type";
import { CONTENT_NAME_MAX } from "@/lib/validation/reference-item";
import { tagSchema } from "@/lib/validation/tag";

/** A label on prisoner profiles: its name in every language and its address. */
export const tagType = {
  type: "tag",
  table: "Tag",
  key: "id",
  section: "tag",
  schema: tagSchema,
  fields: [
    { kind: "localized", name: "name", label: "name", required: true, maxLength: CONTENT_NAME_MAX },
    { kind: "slug", name: "slug" },
  ],
  list: {
    search: ["slug", "name"],
    orderBy: ["slug"],
    name: { key: "name", header: "name", text: (values) => values.name || values.slug || "" },
    columns: [{ key: "slug", header: "slug", field: "slug" }],
  },
  // Profiles carrying the tag: deleting it would silently take it off them.
  usage: { relations: ["prisoners"], inUseCode: "tagInUse" },
  title: (values, locale) =>
    localizedString(values.name as LocalizedText, locale) || String(values.slug),
  export: {
    list: "tags",
    columns: [
      { header: "id", field: "id" },
      { header: "slug", field: "slug" },
      { prefix: "name", field: "name", localized: true },
    ],
  },
} as const satisfies ReferenceTypeDescriptor;
