import { localizedString, type LocalizedText } from "@/lib/content-model/localized";
import type { ReferenceTypeDescriptor } from "@/lib/reference-types/reference-type";
import { FACILITY_KINDS, facilitySchema } from "@/lib/validation/facility";
import { LETTER_ARRIVALS } from "@/lib/validation/letter-arrival";
import { CONTENT_NAME_MAX, CONTENT_TEXT_MAX } from "@/lib/validation/reference-item";

/** A place of detention: name, address, kind, country, region, postal address and how to write. */
export const facilityType = {
  type: "facility",
  table: "Facility",
  key: "id",
  section: "facility",
  schema: facilitySchema,
  newValues: { lettersArrive: "UNKNOWN" },
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
      kind: "row",
      section: "place",
      fields: [
        {
          kind: "enum",
          name: "kind",
          label: "kind",
          values: FACILITY_KINDS,
          labels: "facilityKinds",
          required: true,
          placeholder: "kindChoose",
        },
        {
          kind: "country",
          name: "countryCode",
          label: "country",
          required: true,
          placeholder: "countryChoose",
        },
      ],
    },
    { kind: "localized", name: "region", label: "region", maxLength: CONTENT_NAME_MAX },
    {
      kind: "textarea",
      section: "postal",
      name: "postalAddress",
      label: "postalAddress",
      hint: "postalAddressHint",
      rows: 3,
      maxLength: CONTENT_TEXT_MAX,
    },
    {
      kind: "localized",
      name: "addressNotes",
      label: "addressNotes",
      hint: "addressNotesHint",
      multiline: true,
      rows: 4,
      maxLength: CONTENT_TEXT_MAX,
    },
    {
      kind: "row",
      section: "letters",
      fields: [
        {
          kind: "enum",
          name: "lettersArrive",
          label: "lettersArrive",
          values: LETTER_ARRIVALS,
          labels: "letterArrivals",
          required: true,
        },
        {
          kind: "text",
          name: "lettersCheckedOn",
          label: "lettersCheckedOn",
          hint: "lettersCheckedOnHint",
          input: { type: "date", className: "max-w-48" },
        },
      ],
    },
  ],
  list: {
    search: ["slug", "name", "region", "postalAddress"],
    orderBy: ["countryCode", "slug"],
    countryFilter: true,
    name: { key: "name", header: "name", text: (values) => values.name || values.slug || "" },
    columns: [
      { key: "kind", header: "kind", field: "kind", labels: "facilityKinds" },
      { key: "country", header: "country", field: "countryCode" },
      { key: "region", header: "region", field: "region", empty: "—" },
    ],
  },
  // Detentions in the facility (the database refuses to delete it while they exist).
  usage: { relations: ["detentions"], inUseCode: "facilityInUse" },
  title: (values, locale) =>
    localizedString(values.name as LocalizedText, locale) || String(values.slug),
  export: {
    list: "facilities",
    columns: [
      { header: "id", field: "id" },
      { header: "slug", field: "slug" },
      { prefix: "name", field: "name", localized: true },
      { header: "kind", field: "kind" },
      { header: "country_code", field: "countryCode" },
      { prefix: "region", field: "region", localized: true },
      { header: "postal_address", field: "postalAddress" },
      { prefix: "address_notes", field: "addressNotes", localized: true },
      { header: "letters_arrive", field: "lettersArrive" },
      { header: "letters_checked_on", field: "lettersCheckedOn" },
    ],
  },
} as const satisfies ReferenceTypeDescriptor;
