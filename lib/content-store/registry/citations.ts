import type { Prisma } from "@/lib/generated/prisma/client";
import { rows } from "../snapshot-json";
import type { Snapshot, Tx } from "../types";

/**
 * Citations as snapshots hold them: the link (source, place in it, order) plus the source's title
 * so that the history view can name it. Restoring writes only the link.
 */
export const citationSnapshotSelect = {
  id: true,
  sourceId: true,
  field: true,
  position: true,
  locator: true,
  source: { select: { title: true, url: true, confidence: true } },
} satisfies Prisma.CitationSelect;

export const citationsInclude = {
  citations: {
    select: citationSnapshotSelect,
    orderBy: [{ position: "asc" as const }, { id: "asc" as const }],
  },
};

type CitationTarget =
  | { prisonerId: string }
  | { eventId: string }
  | { caseId: string }
  | { statusChangeId: string }
  | { criterionAssessmentId: string }
  | { recognitionId: string }
  | { detentionId: string };

/**
 * Recreates the citations of one target from a snapshot row's `citations`. Sources deleted since
 * the snapshot are skipped: their citations cannot come back without them.
 */
export async function restoreCitations(
  tx: Tx,
  target: CitationTarget,
  owner: Snapshot,
  existingSources: Set<string>,
): Promise<void> {
  const data = rows(owner, "citations")
    .filter((citation) => existingSources.has(String(citation.sourceId)))
    .map((citation) => ({
      id: String(citation.id),
      sourceId: String(citation.sourceId),
      field: "prisonerId" in target ? ((citation.field as string | null) ?? null) : null,
      position: Number(citation.position ?? 0),
      locator: (citation.locator as string | null) ?? null,
      ...target,
    }));
  if (data.length > 0) await tx.citation.createMany({ data });
}

/** Every source id cited anywhere in a snapshot tree. */
export function citedSourceIds(snapshot: Snapshot): string[] {
  const ids = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === "object") {
      const record = value as Record<string, unknown>;
      if (Array.isArray(record.citations)) {
        for (const citation of record.citations as Snapshot[]) ids.add(String(citation.sourceId));
      }
      Object.values(record).forEach(visit);
    }
  };
  visit(snapshot);
  return [...ids];
}
