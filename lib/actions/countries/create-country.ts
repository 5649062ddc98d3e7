"use server";

import { staffAction } from "@/lib/actions/staff-action";
import { CONTENT_ERRORS, keepCodeField } from "@/lib/actions/content-editor/content-sections";
import { createItem } from "@/lib/actions/content-editor/create-item";
import { createCountryRow } from "@/lib/actions/countries/write-country";
import { countryCreateSchema } from "@/lib/validation/country";

/** Creates a country and opens its editor. */
export const createCountry = staffAction<typeof countryCreateSchema, { version: number }>(
  {
    permission: { action: "create", type: "country" },
    schema: countryCreateSchema,
    messages: CONTENT_ERRORS,
    omitFromValues: keepCodeField,
  },
  async (args) => createItem(args, "country", (tx) => createCountryRow(tx, args.input)),
);
