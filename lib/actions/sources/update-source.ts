"use server";

import { refreshEditor } from "@/lib/actions/content-editor/refresh-editor";
import { staffAction } from "@/lib/actions/staff-action";
import { saveSourceEdit } from "@/lib/data/source-writes";
import { sourceUpdateSchema } from "@/lib/validation/source";
import { SOURCE_ERRORS } from "./source-errors";

/**
 * Saves a source edited on version `expectedVersion` (refused with what the other person changed
 * when someone saved since); the editor is drawn again from the stored values.
 */
export const updateSource = staffAction(
  {
    permission: { action: "update", type: "source" },
    schema: sourceUpdateSchema,
    messages: SOURCE_ERRORS,
  },
  async ({ actor, input, context }) => {
    const { version } = await saveSourceEdit(actor, input, context);
    refreshEditor();
    return { version };
  },
);
