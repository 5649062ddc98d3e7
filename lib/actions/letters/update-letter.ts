"use server";

import { refreshLetterPages } from "@/lib/actions/letters/refresh-letters";
import { writeLetter } from "@/lib/actions/letters/write-letter";
import { staffAction } from "@/lib/actions/staff-action";
import { updateContent } from "@/lib/content-store";
import { letterUpdateSchema } from "@/lib/validation/letter";

/**
 * Saves a letter edited on version `expectedVersion` (refused when someone saved since). A
 * changed text becomes a new text version; the revision records the letter pointing at it.
 */
export const updateLetter = staffAction(
  {
    permission: { action: "update", type: "letter" },
    schema: letterUpdateSchema,
    messages: "LetterEditor.errors",
  },
  async ({ actor, input, context }) => {
    const { version } = await updateContent(actor, {
      type: "letter",
      id: input.id,
      expectedVersion: input.expectedVersion,
      apply: async (tx) => {
        await writeLetter(tx, input, input.id, actor.id);
      },
      summary: "edited",
      context,
    });
    refreshLetterPages();
    return { version };
  },
);
