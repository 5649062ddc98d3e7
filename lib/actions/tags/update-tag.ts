"use server";

import { staffAction } from "@/lib/actions/staff-action";
import { CONTENT_ERRORS } from "@/lib/actions/content-editor/content-sections";
import { updateItem } from "@/lib/actions/content-editor/update-item";
import { writeTag } from "@/lib/actions/tags/write-tag";
import { tagUpdateSchema } from "@/lib/validation/tag";

/** Saves a tag edited on version `expectedVersion` (refused when someone saved since). */
export const updateTag = staffAction(
  {
    permission: { action: "update", type: "tag" },
    schema: tagUpdateSchema,
    messages: CONTENT_ERRORS,
  },
  async (args) => updateItem(args, "tag", (tx) => writeTag(tx, args.input, args.input.id)),
);
