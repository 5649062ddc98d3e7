import "server-only";
import type { Actor } from "@/lib/auth/policy";
import type { WriteContext } from "@/lib/content-store";
import { InvalidFieldsError } from "@/lib/errors";
import { keptRows } from "@/lib/validation/prisoner-rows";
import type {
  PrisonerStatusHistory,
  StatusChangeRow,
} from "@/lib/validation/prisoner-status-history";
import { citationSourceRefs, replaceCitations, unknownSources } from "./citations";
import { syncCurrentStatus } from "./current-status";
import { jsonOrDbNull } from "./json-columns";
import { savePrisonerTab } from "./save-prisoner-tab";
import { updateOrCreate } from "./update-or-create";

function statusChangeColumns(row: StatusChangeRow) {
  return {
    status: row.status,
    effectiveOn: row.effectiveOn?.date ?? null,
    effectiveOnPrecision: row.effectiveOn?.precision ?? "DAY",
    note: jsonOrDbNull(Object.keys(row.note).length > 0 ? row.note : null),
  };
}

/**
 * Saves the "Status history" tab: the kept entries, with their sources, replace the profile's
 * history and the latest becomes its current status. Removing every entry keeps the current status as the only one: a
 * profile always has a status, and its history says since when.
 */
export function savePrisonerStatusHistory(
  actor: Actor,
  input: PrisonerStatusHistory,
  context: WriteContext,
): Promise<{ version: number }> {
  return savePrisonerTab(actor, input, context, async ({ tx }) => {
    const rows = input.statusChanges.filter((row): row is StatusChangeRow => row !== null);
    if (rows.length === 0) {
      const current = await tx.prisoner.findUniqueOrThrow({
        where: { id: input.id },
        select: { status: true, statusSince: true, statusSincePrecision: true },
      });
      await tx.prisonerStatusChange.deleteMany({ where: { prisonerId: input.id } });
      await tx.prisonerStatusChange.create({
        data: {
          prisonerId: input.id,
          status: current.status,
          effectiveOn: current.statusSince,
          effectiveOnPrecision: current.statusSincePrecision,
        },
      });
      return;
    }
    const errors = await unknownSources(
      tx,
      input.statusChanges.flatMap((row, index) =>
        row ? citationSourceRefs(`statusChanges.${index}.citations`, row.citations) : [],
      ),
    );
    if (Object.keys(errors).length > 0) throw new InvalidFieldsError(errors);

    const keep = rows.flatMap((row) => (row.id ? [row.id] : []));
    await tx.prisonerStatusChange.deleteMany({
      where: { prisonerId: input.id, id: { notIn: keep } },
    });
    for (const row of rows) {
      const statusChangeId = await updateOrCreate(
        row.id,
        (id) =>
          tx.prisonerStatusChange.updateMany({
            where: { id, prisonerId: input.id },
            data: statusChangeColumns(row),
          }),
        () =>
          tx.prisonerStatusChange.create({
            data: { ...statusChangeColumns(row), prisonerId: input.id },
            select: { id: true },
          }),
      );
      await replaceCitations(tx, actor, { statusChangeId }, keptRows(row.citations));
    }
    await syncCurrentStatus(tx, input.id);
  });
}
