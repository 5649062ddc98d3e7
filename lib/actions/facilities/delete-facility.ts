"use server";

import { staffAction } from "@/lib/actions/staff-action";
import { CONTENT_ERRORS } from "@/lib/actions/content-editor/content-sections";
import { deleteItem } from "@/lib/actions/content-editor/delete-item";
import { facilityUsage } from "@/lib/actions/facilities/write-facility";
import { deleteItemSchema } from "@/lib/validation/reference-item";

/** Deletes a facility without detentions (editors only). */
export const deleteFacility = staffAction<typeof deleteItemSchema, never>(
  {
    permission: { action: "delete", type: "facility" },
    schema: deleteItemSchema,
    messages: CONTENT_ERRORS,
  },
  async (args) =>
    deleteItem(args, "facility", { usage: facilityUsage, inUseCode: "facilityInUse" }),
);
