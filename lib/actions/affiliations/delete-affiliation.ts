"use server";

import { staffAction } from "@/lib/actions/staff-action";
import { CONTENT_ERRORS } from "@/lib/actions/content-editor/content-sections";
import { deleteItem } from "@/lib/actions/content-editor/delete-item";
import { affiliationUsage } from "@/lib/actions/affiliations/write-affiliation";
import { deleteItemSchema } from "@/lib/validation/reference-item";

/** Deletes an affiliation no profile names (editors only). */
export const deleteAffiliation = staffAction<typeof deleteItemSchema, never>(
  {
    permission: { action: "delete", type: "affiliation" },
    schema: deleteItemSchema,
    messages: CONTENT_ERRORS,
  },
  async (args) =>
    deleteItem(args, "affiliation", { usage: affiliationUsage, inUseCode: "affiliationInUse" }),
);
