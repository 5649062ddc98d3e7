"use server";

import { CONTENT_ERRORS } from "@/lib/actions/content-editor/content-errors";
import { refreshEditor } from "@/lib/actions/content-editor/refresh-editor";
import { withAddRowIntent } from "@/lib/actions/prisoners/add-row-intent";
import { staffAction } from "@/lib/actions/staff-action";
import { savePublicationEdit } from "@/lib/data/publication-writes";
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
    async ({ actor, input, context }) => {
      const { version } = await savePublicationEdit(actor, input, context);
      refreshEditor();
      return { version };
    },
  ),
);
