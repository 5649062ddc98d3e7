"use server";

import { staffAction } from "@/lib/actions/staff-action";
import { CONTENT_ERRORS } from "@/lib/actions/content-editor/content-sections";
import { deleteItem } from "@/lib/actions/content-editor/delete-item";
import { tagUsage } from "@/lib/actions/tags/write-tag";
import { deleteItemSchema } from "@/lib/validation/reference-item";

/** Deletes a tag no profile carries (editors only). */
export const deleteTag = staffAction<typeof deleteItemSchema, never>(
  {
    permission: { action: "delete", type: "tag" },
    schema: deleteItemSchema,
    messages: CONTENT_ERRORS,
  },
  async (args) => deleteItem(args, "tag", { usage: tagUsage, inUseCode: "tagInUse" }),
);
