"use server";

import { refreshLetterPages } from "@/lib/actions/letters/refresh-letters";
import { writeSignatory } from "@/lib/actions/signatories/write-signatory";
import { staffAction } from "@/lib/actions/staff-action";
import { updateContent } from "@/lib/content-store";
import { notableSignatoryUpdateSchema } from "@/lib/validation/notable-signatory";

/** Saves a notable signatory edited on version `expectedVersion` (editors and administrators). */
export const updateSignatory = staffAction(
  {
    permission: { action: "update", type: "notableSignatory" },
    schema: notableSignatoryUpdateSchema,
    messages: "LetterEditor.errors",
  },
  async ({ actor, input, context }) => {
    const { version } = await updateContent(actor, {
      type: "notableSignatory",
      id: input.id,
      expectedVersion: input.expectedVersion,
      apply: async (tx) => {
        await writeSignatory(tx, input, input.id, actor.id);
      },
      context,
    });
    refreshLetterPages();
    return { version };
  },
);
