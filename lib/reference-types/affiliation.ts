import { localizedString, type LocalizedText } from "@/lib/content-model/localized";
import type { ReferenceTypeDescriptor } from "@/lib/reference-types/reference-type";
import { affiliationSchema } from "@/lib/validation/affiliation";
import { CONTENT_NAME_MAX, CONTENT_TEXT_MAX } from "@/lib/validation/reference-item";

/** A movement, party or outlet: name, address, description and the country it is active in. */
export const affiliationType = {
  type: "affiliation",
  table: "Affiliation",
  key: "id",
  section: "affiliation",
  schema: affiliationSchema,
  fields: [
    {
      kind: "localized",
      name: "name",
      label: "name",
      required: true,
      maxLength: CONTENT_NAME_MAX,
      section: "name",
    },
    { kind: "slug", name: "slug" },
    {
      kind: "localized",
      section: "details",
      name: "description",
      label: "description",
      hint: "descriptionHint",
      multiline: true,
      rows: 3,
      maxLength: CONTENT_TEXT_MAX,
    },
    {
      kind: "country",
      name: "countryCode",
      label: "country",
      placeholder: "countryNone",
      className: "max-w-md",
    },
  ],
  list: {
    search: ["slug", "name"],
    orderBy: ["slug"],
    name: { key: "name", header: "name", text: (values) => values.name || values.slug || "" },
    columns: [
      { key: "slug", header: "slug", field: "slug" },
      { key: "country", header: "country", field: "countryCode", empty: "—" },
    ],
  },
  // Profiles naming the affiliation: deleting it would silently take it off them.
  usage: { relations: ["prisoners"], inUseCode: "affiliationInUse" },
  title: (values, locale) =>
    localizedString(values.name as LocalizedText, locale) || String(values.slug),
} as const satisfies ReferenceTypeDescriptor;
