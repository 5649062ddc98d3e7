import "server-only";
import type { Actor } from "@/lib/auth/policy";
import type { WriteContext } from "@/lib/content-store";
import type { PrisonerNames } from "@/lib/validation/prisoner-names";
import { keptRows } from "@/lib/validation/prisoner-rows";
import { savePrisonerTab } from "./save-prisoner-tab";

/** Saves the "Names" tab: the kept rows replace the profile's name variants. */
export function savePrisonerNames(
  actor: Actor,
  input: PrisonerNames,
  context: WriteContext,
): Promise<{ version: number }> {
  return savePrisonerTab(actor, input, context, async ({ tx }) => {
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
  });
}
