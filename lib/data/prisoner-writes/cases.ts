import "server-only";
import type { Actor } from "@/lib/auth/policy";
import type { Tx, WriteContext } from "@/lib/content-store";
import { InvalidFieldsError } from "@/lib/errors";
import type { CaseRow, PrisonerCases } from "@/lib/validation/prisoner-cases";
import { citationRowsOf, replaceCitations, unknownSources } from "./citations";
import { emptyToNull, jsonOrDbNull } from "./json-columns";
import { savePrisonerTab } from "./save-prisoner-tab";
import { updateOrCreate } from "./update-or-create";

function caseColumns(row: CaseRow) {
  return {
    countryCode: row.countryCode,
    title: jsonOrDbNull(emptyToNull(row.title)),
    caseNumber: row.caseNumber,
    court: jsonOrDbNull(emptyToNull(row.court)),
    courtCity: jsonOrDbNull(emptyToNull(row.courtCity)),
    stage: row.stage,
    detainedOn: row.detainedOn?.date ?? null,
    indictedOn: row.indictedOn?.date ?? null,
    trialStartedOn: row.trialStartedOn?.date ?? null,
    verdictOn: row.verdictOn?.date ?? null,
    appealDecidedOn: row.appealDecidedOn?.date ?? null,
    appealOutcome: jsonOrDbNull(emptyToNull(row.appealOutcome)),
    sentenceKind: row.sentenceKind,
    sentenceMonths: row.sentenceMonths,
    regime: row.regime,
    sentenceNote: jsonOrDbNull(emptyToNull(row.sentenceNote)),
    expectedReleaseOn: row.expectedReleaseOn?.date ?? null,
    notes: jsonOrDbNull(emptyToNull(row.notes)),
  };
}

/** Unknown countries and articles, reported on the form's own inputs. */
async function checkReferences(tx: Tx, input: PrisonerCases): Promise<void> {
  const rows = input.cases.flatMap((row, index) => (row ? [{ row, index }] : []));
  const countries = new Set(
    (
      await tx.country.findMany({
        where: { code: { in: rows.map(({ row }) => row.countryCode) } },
        select: { code: true },
      })
    ).map((country) => country.code),
  );
  const articleIds = rows.flatMap(({ row }) =>
    row.charges.flatMap((charge) => (charge ? [charge.articleId] : [])),
  );
  const articles = new Set(
    (
      await tx.criminalCodeArticle.findMany({
        where: { id: { in: articleIds } },
        select: { id: true },
      })
    ).map((article) => article.id),
  );
  const errors: Record<string, string> = await unknownSources(
    tx,
    rows.flatMap(({ row, index }) =>
      row.sourceIds.map((sourceId) => ({ path: `cases.${index}.sourceIds`, sourceId })),
    ),
  );
  for (const { row, index } of rows) {
    if (!countries.has(row.countryCode)) errors[`cases.${index}.countryCode`] = "countryInvalid";
    row.charges.forEach((charge, chargeIndex) => {
      if (charge && !articles.has(charge.articleId)) {
        errors[`cases.${index}.charges.${chargeIndex}.articleId`] = "choiceRequired";
      }
    });
  }
  if (Object.keys(errors).length > 0) throw new InvalidFieldsError(errors);
}

/** Saves the "Cases & charges" tab: the kept cases replace the profile's cases and charges. */
export function savePrisonerCases(
  actor: Actor,
  input: PrisonerCases,
  context: WriteContext,
): Promise<{ version: number }> {
  return savePrisonerTab(actor, input, context, async ({ tx }) => {
    await checkReferences(tx, input);
    const rows = input.cases.filter((row): row is CaseRow => row !== null);
    const keep = rows.flatMap((row) => (row.id ? [row.id] : []));
    await tx.case.deleteMany({ where: { prisonerId: input.id, id: { notIn: keep } } });
    for (const row of rows) {
      const caseId = await updateOrCreate(
        row.id,
        (id) =>
          tx.case.updateMany({
            where: { id, prisonerId: input.id },
            data: caseColumns(row),
          }),
        () =>
          tx.case.create({
            data: { ...caseColumns(row), prisonerId: input.id, createdById: actor.id },
            select: { id: true },
          }),
      );
      await replaceCitations(tx, actor, { caseId }, citationRowsOf(row.sourceIds));
      await tx.charge.deleteMany({ where: { caseId } });
      const charges = row.charges.filter((charge) => charge !== null);
      if (charges.length > 0) {
        await tx.charge.createMany({
          data: charges.map((charge) => ({
            caseId,
            articleId: charge.articleId,
            note: jsonOrDbNull(emptyToNull(charge.note)),
          })),
        });
      }
    }
  });
}
