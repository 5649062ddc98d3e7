import { localizedString, type LocalizedText } from "@/lib/content-model/localized";
import type { ReferenceTypeDescriptor } from "@/lib/reference-types/reference-type";
import { countryCreateSchema, countryFieldsSchema } from "@/lib/validation/country";
import { CONTENT_NAME_MAX, CONTENT_TEXT_MAX } from "@/lib/validation/reference-item";

/** A country, keyed by its ISO code (set once, when creating): its name and its address. */
export const countryType = {
  type: "country",
  table: "Country",
  key: "code",
  section: "country",
  schema: countryFieldsSchema,
  createSchema: countryCreateSchema,
  fields: [
    {
      kind: "text",
      section: "name",
      name: "code",
      label: "code",
      hint: "codeHint",
      createOnly: true,
      unique: "countryCodeTaken",
      input: {
        required: true,
        autoComplete: "off",
        spellCheck: false,
        maxLength: 2,
        className: "max-w-24 uppercase",
      },
    },
    { kind: "localized", name: "name", label: "name", required: true, maxLength: CONTENT_NAME_MAX },
    { kind: "slug", name: "slug" },
    {
      kind: "localized",
      section: "letters",
      name: "letterRules",
      label: "letterRules",
      hint: "letterRulesHint",
      multiline: true,
      rows: 6,
      maxLength: CONTENT_TEXT_MAX,
    },
  ],
  list: {
    search: ["code", "slug", "name"],
    orderBy: ["code"],
    name: { key: "name", header: "name", text: (values) => values.name || values.code || "" },
    columns: [
      { key: "code", header: "code", field: "code" },
      { key: "slug", header: "slug", field: "slug" },
    ],
  },
  // Everything that names the country: deleting it would break or silently change all of it.
  // The list's column counts the profiles only.
  usage: {
    relations: [
      "prisoners",
      "cases",
      "articles",
      "facilities",
      "events",
      "affiliations",
      "publications",
      "letters",
      "notableSignatories",
    ],
    listRelations: ["prisoners"],
    inUseCode: "countryInUse",
  },
  title: (values, locale) =>
    `${localizedString(values.name as LocalizedText, locale) || values.code} (${values.code})`,
  export: {
    list: "countries",
    columns: [
      { header: "code", field: "code" },
      { header: "slug", field: "slug" },
      { prefix: "name", field: "name", localized: true },
      { prefix: "letter_rules", field: "letterRules", localized: true },
    ],
  },
} as const satisfies ReferenceTypeDescriptor;
