"use server";

import { staffAction } from "@/lib/actions/staff-action";
import { CONTENT_ERRORS } from "@/lib/actions/content-editor/content-sections";
import { updateItem } from "@/lib/actions/content-editor/update-item";
import { updateCountryRow } from "@/lib/actions/countries/write-country";
import { countryUpdateSchema } from "@/lib/validation/country";

/** Saves a country edited on version `expectedVersion` (its `id` is the country code). */
export const updateCountry = staffAction(
  {
    permission: { action: "update", type: "country" },
    schema: countryUpdateSchema,
    messages: CONTENT_ERRORS,
  },
  async (args) =>
    updateItem(args, "country", (tx) => updateCountryRow(tx, args.input, args.input.id)),
);
