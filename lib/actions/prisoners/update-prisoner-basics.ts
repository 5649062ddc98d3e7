"use server";

import { staffAction } from "@/lib/actions/staff-action";
import { updateContent } from "@/lib/content-store";
import { prisonerBasicsUpdateSchema } from "@/lib/validation/prisoner-basics";
import { refreshPrisonerEditor } from "./refresh-editor";
import { writePrisonerBasics } from "./write-prisoner-basics";

/** Saves the "Basics" tab: one updateContent (revision, audit, conflict check) per save. */
export const updatePrisonerBasics = staffAction(
  { schema: prisonerBasicsUpdateSchema, messages: "EditorForm.errors" },
  async ({ actor, input, context }) => {
    const result = await updateContent(actor, {
      type: "prisoner",
      id: input.id,
      expectedVersion: input.expectedVersion,
      apply: async (tx, current) => {
        await writePrisonerBasics(tx, input, {
          id: input.id,
          status: typeof current.status === "string" ? current.status : null,
        });
      },
      context,
    });
    refreshPrisonerEditor();
    return result;
  },
);
