import "server-only";
import type { Actor } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/session";
import { localizedTextOf } from "@/lib/data/dashboard-content";
import { prisma } from "@/lib/db";
import type { LocalizedText } from "@/lib/content-model/localized";
import type { PublicationState } from "@/lib/generated/prisma/enums";

/** One answer as the letter's Answers tab edits it (staff-only: drafts included). */
export interface LetterAnswerEditorDto {
  id: string;
  receivedOn: Date;
  answeredBy: string;
  summary: LocalizedText;
  text: string | null;
  textLang: string | null;
  documentId: string | null;
  state: PublicationState;
}

export interface LetterThresholdEditorDto {
  count: number;
  label: LocalizedText;
  reachedAt: Date | null;
}

/** A letter's answers and thresholds for its editor (`view` on letters), never cached. */
export async function getLetterOutcomesForEditor(
  actor: Actor,
  letterId: string,
): Promise<{ answers: LetterAnswerEditorDto[]; thresholds: LetterThresholdEditorDto[] }> {
  authorize(actor, "view", { type: "letter" });
  const [answers, thresholds, crossings] = await Promise.all([
    prisma.letterAnswer.findMany({
      where: { letterId },
      orderBy: [{ receivedOn: "asc" }, { id: "asc" }],
    }),
    prisma.letterThreshold.findMany({ where: { letterId }, orderBy: { count: "asc" } }),
    prisma.letterThresholdCrossing.findMany({ where: { letterId } }),
  ]);
  const reached = new Map(crossings.map((c) => [c.count, c.crossedAt]));
  return {
    answers: answers.map((answer) => ({
      id: answer.id,
      receivedOn: answer.receivedOn,
      answeredBy: answer.answeredBy,
      summary: localizedTextOf(answer.summary),
      text: answer.text,
      textLang: answer.textLang,
      documentId: answer.documentId,
      state: answer.state,
    })),
    thresholds: thresholds.map((threshold) => ({
      count: threshold.count,
      label: localizedTextOf(threshold.label),
      reachedAt: reached.get(threshold.count) ?? null,
    })),
  };
}

/** The PDFs of the media library an answer may point at, newest first (`view` on media). */
export async function listPdfOptions(
  actor: Actor,
  keep: readonly string[],
): Promise<{ value: string; label: string }[]> {
  authorize(actor, "view", { type: "media" });
  const rows = await prisma.mediaAsset.findMany({
    where: { OR: [{ kind: "PDF" }, { id: { in: [...keep] } }] },
    select: { id: true, originalFilename: true, createdAt: true },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: 200,
  });
  return rows.map((row) => ({
    value: row.id,
    label: `${row.originalFilename ?? row.id} (${row.createdAt.toISOString().slice(0, 10)})`,
  }));
}
