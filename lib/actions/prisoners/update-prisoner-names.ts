"use server";

import { prisonerNamesSchema } from "@/lib/validation/prisoner-names";
import { keptRows } from "@/lib/validation/prisoner-rows";
import { withAddRowIntent } from "./add-row-intent";
import { prisonerTabAction } from "./prisoner-tab-action";

/** Saves the "Names" tab: the kept rows replace the profile's name variants. */
export const updatePrisonerNames = withAddRowIntent(
  prisonerTabAction(prisonerNamesSchema, async ({ tx, input }) => {
    const rows = keptRows(input.nameVariants);
    const keep = rows.flatMap((row) => (row.id ? [row.id] : []));
    await tx.nameVariant.deleteMany({ where: { prisonerId: input.id, id: { notIn: keep } } });
    for (const { id, ...row } of rows) {
      if (id) {
        await tx.nameVariant.updateMany({ where: { id, prisonerId: input.id }, data: row });
      } else {
        await tx.nameVariant.create({ data: { ...row, prisonerId: input.id } });
      }
    }
  }),
);
