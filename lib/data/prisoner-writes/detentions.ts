import "server-only";
import type { Actor } from "@/lib/auth/policy";
import type { WriteContext } from "@/lib/content-store";
import { InvalidFieldsError } from "@/lib/errors";
import type { DetentionRow, PrisonerDetentions } from "@/lib/validation/prisoner-detentions";
import { keptRows } from "@/lib/validation/prisoner-rows";
import { citationSourceRefs, replaceCitations, unknownSources } from "./citations";
import { jsonOrDbNull } from "./json-columns";
import { savePrisonerTab } from "./save-prisoner-tab";
import { updateOrCreate } from "./update-or-create";

function detentionColumns(row: DetentionRow) {
  return {
    facilityId: row.facilityId,
    startedOn: row.startedOn?.date ?? null,
    startedOnPrecision: row.startedOn?.precision ?? "DAY",
    endedOn: row.endedOn?.date ?? null,
    endedOnPrecision: row.endedOn?.precision ?? "DAY",
    note: jsonOrDbNull(Object.keys(row.note).length > 0 ? row.note : null),
    addressPublic: row.addressPublic,
  };
}

/** Saves the "Detentions" tab: the kept periods, with their sources, replace the profile's detentions. */
export function savePrisonerDetentions(
  actor: Actor,
  input: PrisonerDetentions,
  context: WriteContext,
): Promise<{ version: number }> {
  return savePrisonerTab(actor, input, context, async ({ tx }) => {
    const indexed = input.detentions.flatMap((row, index) => (row ? [{ row, index }] : []));
    const facilities = new Set(
      (
        await tx.facility.findMany({
          where: { id: { in: indexed.map(({ row }) => row.facilityId) } },
          select: { id: true },
        })
      ).map((facility) => facility.id),
    );
    const errors = await unknownSources(
      tx,
      indexed.flatMap(({ row, index }) =>
        citationSourceRefs(`detentions.${index}.citations`, row.citations),
      ),
    );
    for (const { row, index } of indexed) {
      if (!facilities.has(row.facilityId))
        errors[`detentions.${index}.facilityId`] = "choiceRequired";
    }
    if (Object.keys(errors).length > 0) throw new InvalidFieldsError(errors);

    await tx.prisoner.update({
      where: { id: input.id },
      data: { lettersArrive: input.lettersArrive, lettersCheckedOn: input.lettersCheckedOn },
    });
    const keep = indexed.flatMap(({ row }) => (row.id ? [row.id] : []));
    await tx.detention.deleteMany({ where: { prisonerId: input.id, id: { notIn: keep } } });
    for (const { row } of indexed) {
      const detentionId = await updateOrCreate(
        row.id,
        (id) =>
          tx.detention.updateMany({
            where: { id, prisonerId: input.id },
            data: detentionColumns(row),
          }),
        () =>
          tx.detention.create({
            data: { ...detentionColumns(row), prisonerId: input.id },
            select: { id: true },
          }),
      );
      await replaceCitations(tx, actor, { detentionId }, keptRows(row.citations));
    }
  });
}
