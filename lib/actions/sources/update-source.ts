"use server";

import { refreshEditor } from "@/lib/actions/content-editor/refresh-editor";
import { staffAction } from "@/lib/actions/staff-action";
import { SOURCE_ERRORS, writeSource } from "@/lib/actions/sources/write-source";
import { updateContent } from "@/lib/content-store";
import { sourceUpdateSchema } from "@/lib/validation/source";

/**
 * Saves a source edited on version `expectedVersion`: a ConflictError (what the other person
 * changed) when it moved on since, else the row, a revision and an audit row in one
 * transaction. The content store then refreshes the public profiles that cite it.
 */
export const updateSource = staffAction(
  {
    permission: { action: "update", type: "source" },
    schema: sourceUpdateSchema,
    messages: SOURCE_ERRORS,
  },
  async ({ actor, input, context }) => {
    const { version } = await updateContent(actor, {
      type: "source",
      id: input.id,
      expectedVersion: input.expectedVersion,
      apply: async (tx) => {
        await writeSource(tx, input, input.id);
      },
      context,
    });
    refreshEditor();
    return { version };
  },
);
