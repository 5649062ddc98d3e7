import type { Prisma } from "@/lib/generated/prisma/client";
import { json, rows } from "../snapshot-json";
import type { Snapshot, Tx } from "../types";
import { existingIds } from "./existing-ids";

/**
 * A letter's thresholds and answers as a restore writes them back (issue 19 part 5). An answer
 * keeps the publication state it has now (a restore never publishes or withdraws an answer,
 * as it never moves the letter's own state); one deleted since comes back as a draft.
 */
export async function restoreLetterAnswerRows(
  tx: Tx,
  letterId: string,
  snapshot: Snapshot,
): Promise<void> {
  await tx.letterThreshold.deleteMany({ where: { letterId } });
  const thresholds = rows(snapshot, "thresholds").map((threshold) => ({
    letterId,
    count: Number(threshold.count),
    label: json(threshold.label),
  }));
  if (thresholds.length > 0) {
    await tx.letterThreshold.createMany({ data: thresholds, skipDuplicates: true });
  }

  const current = await tx.letterAnswer.findMany({
    where: { letterId },
    select: { id: true, state: true, publishedAt: true },
  });
  const states = new Map(current.map((answer) => [answer.id, answer]));
  await tx.letterAnswer.deleteMany({ where: { letterId } });
  const answers = rows(snapshot, "answers");
  const documents = await existingIds(
    tx,
    "mediaAsset",
    answers.flatMap((answer) => (answer.documentId ? [String(answer.documentId)] : [])),
  );
  const data: Prisma.LetterAnswerCreateManyInput[] = answers.map((answer) => {
    const id = String(answer.id);
    const documentId = answer.documentId ? String(answer.documentId) : null;
    return {
      id,
      letterId,
      receivedOn: String(answer.receivedOn),
      answeredBy: String(answer.answeredBy),
      summary: json(answer.summary),
      text: (answer.text as string | null) ?? null,
      textLang: (answer.textLang as string | null) ?? null,
      documentId: documentId && documents.has(documentId) ? documentId : null,
      state: states.get(id)?.state ?? "DRAFT",
      publishedAt: states.get(id)?.publishedAt ?? null,
    };
  });
  if (data.length > 0) await tx.letterAnswer.createMany({ data });
}
