import "server-only";
import type { Actor } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/session";
import { updateContent, type Tx } from "@/lib/content-store";
import { prisma } from "@/lib/db";
import { InvalidFieldsError, NotFoundError } from "@/lib/errors";
import type { RequestContext } from "@/lib/security/request-context";
import type { LetterAnswerInput, LetterAnswerStateInput } from "@/lib/validation/letter-answer";
import { storeAnswerDocument } from "./answer-document-upload";

/**
 * Writes of a letter's answers. An answer is part of the letter's aggregate, so each write goes
 * through the content store as an update of the letter: lock, version check, revision (the
 * snapshot holds the answers), audit row and the letter's cache tags in one transaction.
 *
 * Recording or editing an answer needs `update` on the letter (an editor, as letters past DRAFT
 * are editors' only); publishing or withdrawing it needs `publish`, like a delivery. A published
 * answer that is edited stays published (it is the editors' correction of a public text).
 */

async function letterState(letterId: string) {
  const letter = await prisma.letter.findUnique({
    where: { id: letterId },
    select: { state: true },
  });
  if (!letter) throw new NotFoundError("Letter", letterId);
  return letter.state;
}

async function checkDocument(tx: Tx, documentId: string | null): Promise<void> {
  if (!documentId) return;
  const asset = await tx.mediaAsset.findUnique({
    where: { id: documentId },
    select: { kind: true },
  });
  if (asset?.kind !== "PDF") throw new InvalidFieldsError({ documentId: "documentInvalid" });
}

/**
 * Records a new answer (a draft) or saves an edited one; returns its id and the letter's version.
 * A PDF uploaded with it (`documentFile`) is stored in the media library first and becomes the
 * answer's document, in place of one chosen from the library (answer-document-upload.ts).
 */
export async function saveLetterAnswer(
  actor: Actor,
  input: LetterAnswerInput,
  context: RequestContext,
  documentFile: File | null = null,
): Promise<{ version: number; answerId: string }> {
  authorize(actor, "update", { type: "letter", state: await letterState(input.letterId) });
  const documentId = documentFile
    ? await storeAnswerDocument(actor, documentFile, context)
    : input.documentId;
  let answerId = input.answerId;
  const data = {
    // The schema refuses a missing date; the fallback only keeps the type honest.
    receivedOn: input.receivedOn?.date ?? new Date(),
    answeredBy: input.answeredBy,
    summary: input.summary,
    text: input.text,
    textLang: input.text ? input.textLang : null,
    documentId,
  };
  const { version } = await updateContent(actor, {
    type: "letter",
    id: input.letterId,
    expectedVersion: input.expectedVersion,
    apply: async (tx) => {
      await checkDocument(tx, documentId);
      if (answerId) {
        const { count } = await tx.letterAnswer.updateMany({
          where: { id: answerId, letterId: input.letterId },
          data,
        });
        if (count === 0) throw new InvalidFieldsError({ answerId: "answerUnknown" });
      } else {
        answerId = (
          await tx.letterAnswer.create({
            data: { ...data, letterId: input.letterId },
            select: { id: true },
          })
        ).id;
      }
    },
    summary: input.answerId ? "answer edited" : "answer recorded",
    auditAction: input.answerId ? "answer_edit" : "answer_record",
    context,
  });
  return { version, answerId: answerId! };
}

/**
 * Publishes or withdraws an answer. Publishing is what makes it public and what, after the
 * delay, e-mails the signers who asked (the caller queues that job once this has committed).
 */
export async function setLetterAnswerState(
  actor: Actor,
  input: LetterAnswerStateInput,
  context: RequestContext,
): Promise<{ version: number }> {
  authorize(actor, "publish", { type: "letter", state: await letterState(input.letterId) });
  return updateContent(actor, {
    type: "letter",
    id: input.letterId,
    expectedVersion: input.expectedVersion,
    apply: async (tx) => {
      const answer = await tx.letterAnswer.findFirst({
        where: { id: input.answerId, letterId: input.letterId },
        select: { publishedAt: true },
      });
      if (!answer) throw new NotFoundError("LetterAnswer", input.answerId);
      await tx.letterAnswer.update({
        where: { id: input.answerId },
        data: input.publish
          ? { state: "PUBLISHED", publishedAt: answer.publishedAt ?? new Date() }
          : { state: "DRAFT" },
      });
    },
    summary: input.publish ? "answer published" : "answer withdrawn",
    auditAction: input.publish ? "answer_publish" : "answer_withdraw",
    context,
  });
}
