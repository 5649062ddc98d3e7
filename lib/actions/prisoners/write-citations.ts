import "server-only";
import type { Actor } from "@/lib/auth/policy";
import type { Tx } from "@/lib/content-store";
import type { CitationRow } from "@/lib/validation/prisoner-sources";

type CitationTarget =
  | { eventId: string }
  | { caseId: string }
  | { criterionAssessmentId: string }
  | { recognitionId: string };

/**
 * Replaces the citations of one target (an event, an assessment ...) with the form's rows. A row
 * that describes a new source creates that Source first. Unknown source ids are reported by the
 * caller's reference check, not here.
 */
export async function replaceCitations(
  tx: Tx,
  actor: Actor,
  target: CitationTarget,
  rows: readonly CitationRow[],
): Promise<void> {
  await tx.citation.deleteMany({ where: target });
  let position = 0;
  for (const row of rows) {
    const sourceId =
      row.sourceId ??
      (
        await tx.source.create({
          data: {
            title: row.newTitle ?? "",
            url: row.newUrl,
            publisher: row.newPublisher,
            publishedOn: row.newPublishedOn?.date ?? null,
            confidence: row.newConfidence ?? "REPORTED",
            createdById: actor.id,
            updatedById: actor.id,
          },
          select: { id: true },
        })
      ).id;
    await tx.citation.create({
      data: { ...target, sourceId, locator: row.locator, position: position++ },
    });
  }
}

/** Citation rows for existing sources chosen in a multi-select, in the order chosen. */
export function citationRowsOf(sourceIds: readonly string[]): CitationRow[] {
  return sourceIds.map((sourceId) => ({
    id: null,
    sourceId,
    locator: null,
    newTitle: null,
    newUrl: null,
    newPublisher: null,
    newPublishedOn: null,
    newConfidence: null,
  }));
}

/** Source ids the rows name that do not exist, as form paths → error code. */
export async function unknownSources(
  tx: Tx,
  rows: readonly { path: string; sourceId: string | null }[],
): Promise<Record<string, string>> {
  const ids = rows.flatMap((row) => (row.sourceId ? [row.sourceId] : []));
  const known = new Set(
    (await tx.source.findMany({ where: { id: { in: ids } }, select: { id: true } })).map(
      (s) => s.id,
    ),
  );
  const errors: Record<string, string> = {};
  for (const row of rows) {
    if (row.sourceId && !known.has(row.sourceId)) errors[row.path] = "sourceRequired";
  }
  return errors;
}
