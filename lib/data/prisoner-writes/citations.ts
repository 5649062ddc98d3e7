import "server-only";
import type { Actor } from "@/lib/auth/policy";
import type { Tx } from "@/lib/content-store";
import type { CitationRow } from "@/lib/validation/prisoner-sources";

type CitationTarget =
  | { eventId: string }
  | { caseId: string }
  | { statusChangeId: string }
  | { criterionAssessmentId: string }
  | { recognitionId: string }
  | { detentionId: string }
  // The profile itself: its rows say which fact each supports (`field`, null for the whole).
  | { prisonerId: string };

/**
 * Replaces the citations of one target (an event, an assessment ...) with the form's rows. A row
 * that describes a new source creates that Source first. Unknown source ids are reported by the
 * caller's reference check, not here. For the profile, every profile-level citation is replaced
 * at once: only those rows carry prisonerId, so the delete touches no other target's citations.
 */
export async function replaceCitations(
  tx: Tx,
  actor: Actor,
  target: CitationTarget,
  rows: readonly (CitationRow & { field?: string | null })[],
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
    const field = "prisonerId" in target ? (row.field ?? null) : null;
    await tx.citation.create({
      data: { ...target, field, sourceId, locator: row.locator, position: position++ },
    });
  }
}

/**
 * The source ids of a row's citation list as `unknownSources` takes them, with the form path of
 * each (`statusChanges.0.citations.1.sourceId`), so that an unknown one is marked on its select.
 */
export function citationSourceRefs(
  path: string,
  rows: readonly (CitationRow | null)[],
): { path: string; sourceId: string | null }[] {
  return rows.flatMap((row, index) =>
    row ? [{ path: `${path}.${index}.sourceId`, sourceId: row.sourceId }] : [],
  );
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
