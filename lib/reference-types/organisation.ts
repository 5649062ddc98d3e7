import { localizedString, type LocalizedText } from "@/lib/content-model/localized";
import type { ReferenceTypeDescriptor } from "@/lib/reference-types/reference-type";
import { ORGANISATION_KINDS, organisationSchema } from "@/lib/validation/organisation";
import { CONTENT_NAME_MAX } from "@/lib/validation/reference-item";

/** An organisation that recognises political prisoners: name, address, kind and website. */
export const organisationType = {
  type: "organisation",
  table: "Organisation",
  key: "id",
  section: "organisation",
  schema: organisationSchema,
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
      kind: "enum",
      section: "details",
      name: "kind",
      label: "kind",
      values: ORGANISATION_KINDS,
      labels: "organisationKinds",
      required: true,
      className: "max-w-md",
    },
    {
      kind: "text",
      name: "url",
      label: "url",
      hint: "urlHint",
      input: { type: "url", autoComplete: "off", spellCheck: false },
    },
  ],
  newValues: { kind: "NGO" },
  list: {
    search: ["slug", "name", "url"],
    orderBy: ["slug"],
    name: { key: "name", header: "name", text: (values) => values.name || values.slug || "" },
    columns: [{ key: "kind", header: "kind", field: "kind", labels: "organisationKinds" }],
  },
  // Recognitions by the organisation (the database refuses to delete it while they exist).
  usage: { relations: ["recognitions"], inUseCode: "organisationInUse" },
  title: (values, locale) =>
    localizedString(values.name as LocalizedText, locale) || String(values.slug),
} as const satisfies ReferenceTypeDescriptor;
