"use server";

import { refreshLetterPages } from "@/lib/actions/letters/refresh-letters";
import { withAddRowIntent } from "@/lib/actions/prisoners/add-row-intent";
import { staffAction } from "@/lib/actions/staff-action";
import { saveLetterEdit } from "@/lib/data/letter-writes";
import { letterUpdateSchema } from "@/lib/validation/letter";

/**
 * Saves a letter edited on version `expectedVersion` (refused when someone saved since). A
 * changed text becomes a new text version; the revision records the letter pointing at it.
 */
export const updateLetter = withAddRowIntent(
  staffAction(
    {
      permission: { action: "update", type: "letter" },
      schema: letterUpdateSchema,
      messages: "LetterEditor.errors",
    },
    async ({ actor, input, context }) => {
      const { version } = await saveLetterEdit(actor, input, context);
      refreshLetterPages();
      return { version };
    },
  ),
);
