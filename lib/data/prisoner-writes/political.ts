import "server-only";
import type { Actor } from "@/lib/auth/policy";
import type { WriteContext } from "@/lib/content-store";
import { InvalidFieldsError } from "@/lib/errors";
import type { PaceCriterion } from "@/lib/generated/prisma/client";
import {
  PACE_CRITERIA,
  type PrisonerPolitical,
  type RecognitionRow,
} from "@/lib/validation/prisoner-political";
import { citationRowsOf, replaceCitations, unknownSources } from "./citations";
import { jsonOrDbNull } from "./json-columns";
import { savePrisonerTab } from "./save-prisoner-tab";
import { updateOrCreate } from "./update-or-create";

function recognitionColumns(row: RecognitionRow) {
  return {
    organisationId: row.organisationId,
    kind: row.kind,
    recognisedOn: row.recognisedOn?.date ?? null,
    url: row.url,
    note: jsonOrDbNull(Object.keys(row.note).length > 0 ? row.note : null),
  };
}

/**
 * Saves the "Why political" tab: one assessment per PACE criterion ticked as met (with its
 * reasoning and sources; unticked criteria are removed) and the recognitions with theirs.
 */
export function savePrisonerPolitical(
  actor: Actor,
  input: PrisonerPolitical,
  context: WriteContext,
): Promise<{ version: number }> {
  return savePrisonerTab(actor, input, context, async ({ tx }) => {
    const indexed = input.recognitions.flatMap((row, index) => (row ? [{ row, index }] : []));
    const organisations = new Set(
      (
        await tx.organisation.findMany({
          where: { id: { in: indexed.map(({ row }) => row.organisationId) } },
          select: { id: true },
        })
      ).map((organisation) => organisation.id),
    );
    const errors = await unknownSources(tx, [
      ...PACE_CRITERIA.flatMap((criterion) =>
        (input.assessments[criterion]?.sourceIds ?? []).map((sourceId) => ({
          path: `assessments.${criterion}.sourceIds`,
          sourceId,
        })),
      ),
      ...indexed.flatMap(({ row, index }) =>
        row.sourceIds.map((sourceId) => ({
          path: `recognitions.${index}.sourceIds`,
          sourceId,
        })),
      ),
    ]);
    for (const { row, index } of indexed) {
      if (!organisations.has(row.organisationId)) {
        errors[`recognitions.${index}.organisationId`] = "choiceRequired";
      }
    }
    if (Object.keys(errors).length > 0) throw new InvalidFieldsError(errors);

    const met = PACE_CRITERIA.filter((criterion) => input.assessments[criterion]?.met);
    await tx.criterionAssessment.deleteMany({
      where: { prisonerId: input.id, criterion: { notIn: met as PaceCriterion[] } },
    });
    for (const criterion of met) {
      const assessment = input.assessments[criterion]!;
      const { id } = await tx.criterionAssessment.upsert({
        where: { prisonerId_criterion: { prisonerId: input.id, criterion } },
        create: { prisonerId: input.id, criterion, reasoning: assessment.reasoning },
        update: { reasoning: assessment.reasoning },
        select: { id: true },
      });
      await replaceCitations(
        tx,
        actor,
        { criterionAssessmentId: id },
        citationRowsOf(assessment.sourceIds),
      );
    }

    const keep = indexed.flatMap(({ row }) => (row.id ? [row.id] : []));
    await tx.recognition.deleteMany({ where: { prisonerId: input.id, id: { notIn: keep } } });
    for (const { row } of indexed) {
      const recognitionId = await updateOrCreate(
        row.id,
        (id) =>
          tx.recognition.updateMany({
            where: { id, prisonerId: input.id },
            data: recognitionColumns(row),
          }),
        () =>
          tx.recognition.create({
            data: { ...recognitionColumns(row), prisonerId: input.id },
            select: { id: true },
          }),
      );
      await replaceCitations(tx, actor, { recognitionId }, citationRowsOf(row.sourceIds));
    }
  });
}
