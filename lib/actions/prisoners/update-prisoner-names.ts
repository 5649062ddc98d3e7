"use server";

import { staffAction } from "@/lib/actions/staff-action";
import { updateContent } from "@/lib/content-store";
import { prisonerNamesSchema } from "@/lib/validation/prisoner-names";
import { keptRows } from "@/lib/validation/prisoner-rows";
import { withAddRowIntent } from "./add-row-intent";
import { refreshPrisonerEditor } from "./refresh-editor";

/** Saves the "Names" tab: the kept rows replace the profile's name variants. */
export const updatePrisonerNames = withAddRowIntent(
  staffAction(
    { schema: prisonerNamesSchema, messages: "EditorForm.errors" },
    async ({ actor, input, context }) => {
      const rows = keptRows(input.nameVariants);
      const result = await updateContent(actor, {
        type: "prisoner",
        id: input.id,
        expectedVersion: input.expectedVersion,
        apply: async (tx) => {
          const keep = rows.flatMap((row) => (row.id ? [row.id] : []));
          await tx.nameVariant.deleteMany({ where: { prisonerId: input.id, id: { notIn: keep } } });
          for (const { id, ...row } of rows) {
            if (id) {
              await tx.nameVariant.updateMany({ where: { id, prisonerId: input.id }, data: row });
            } else {
              await tx.nameVariant.create({ data: { ...row, prisonerId: input.id } });
            }
          }
        },
        context,
      });
      refreshPrisonerEditor();
      return result;
    },
  ),
);
