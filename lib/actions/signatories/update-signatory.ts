"use server";

import { refreshLetterPages } from "@/lib/actions/letters/refresh-letters";
import { staffAction } from "@/lib/actions/staff-action";
import { saveNotableSignatoryEdit } from "@/lib/data/signatory-writes";
import { notableSignatoryUpdateSchema } from "@/lib/validation/notable-signatory";

/** Saves a notable signatory edited on version `expectedVersion` (editors and administrators). */
export const updateSignatory = staffAction(
  {
    permission: { action: "update", type: "notableSignatory" },
    schema: notableSignatoryUpdateSchema,
    messages: "LetterEditor.errors",
  },
  async ({ actor, input, context }) => {
    const { version } = await saveNotableSignatoryEdit(actor, input, context);
    refreshLetterPages();
    return { version };
  },
);
