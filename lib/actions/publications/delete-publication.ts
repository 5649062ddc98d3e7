"use server";

import { staffAction } from "@/lib/actions/staff-action";
import { CONTENT_ERRORS } from "@/lib/actions/content-editor/content-errors";
import { deleteItem } from "@/lib/actions/content-editor/delete-item";
import { deleteItemSchema } from "@/lib/validation/reference-item";

/**
 * Deletes a publication (editors only). Nothing else refers to one: its links and attachment
 * rows go with it, the files stay in the media library. Archiving is usually the better choice.
 */
export const deletePublication = staffAction<typeof deleteItemSchema, never>(
  {
    permission: { action: "delete", type: "publication" },
    schema: deleteItemSchema,
    messages: CONTENT_ERRORS,
  },
  async (args) =>
    deleteItem(args, "publication", { usage: async () => 0, inUseCode: "invalidValue" }),
);
