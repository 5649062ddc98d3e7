"use server";

import { staffAction } from "@/lib/actions/staff-action";
import { CONTENT_ERRORS } from "@/lib/actions/content-editor/content-sections";
import { deleteItem } from "@/lib/actions/content-editor/delete-item";
import { countryUsage } from "@/lib/actions/countries/write-country";
import { deleteItemSchema } from "@/lib/validation/reference-item";

/** Deletes a country nothing refers to (editors only). */
export const deleteCountry = staffAction<typeof deleteItemSchema, never>(
  {
    permission: { action: "delete", type: "country" },
    schema: deleteItemSchema,
    messages: CONTENT_ERRORS,
  },
  async (args) => deleteItem(args, "country", { usage: countryUsage, inUseCode: "countryInUse" }),
);
