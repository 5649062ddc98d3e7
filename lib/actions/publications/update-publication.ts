"use server";

import { staffAction } from "@/lib/actions/staff-action";
import { CONTENT_ERRORS } from "@/lib/actions/content-editor/content-sections";
import { updateItem } from "@/lib/actions/content-editor/update-item";
import { withAddRowIntent } from "@/lib/actions/prisoners/add-row-intent";
import { writePublication } from "@/lib/actions/publications/write-publication";
import { publicationUpdateSchema } from "@/lib/validation/publication";

/**
 * Saves a publication edited on version `expectedVersion` (refused when someone saved since);
 * "add another file" saves nothing and returns the form with one more row.
 */
export const updatePublication = withAddRowIntent(
  staffAction(
    {
      permission: { action: "update", type: "publication" },
      schema: publicationUpdateSchema,
      messages: CONTENT_ERRORS,
    },
    async (args) =>
      updateItem(args, "publication", (tx) => writePublication(tx, args.input, args.input.id)),
  ),
);
