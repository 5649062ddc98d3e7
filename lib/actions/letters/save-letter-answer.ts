"use server";

import { refreshLetterPages } from "@/lib/actions/letters/refresh-letters";
import { staffAction } from "@/lib/actions/staff-action";
import { ANSWER_DOCUMENT_FIELD, chosenFile } from "@/lib/letter-answers/answer-document-upload";
import { saveLetterAnswer } from "@/lib/letter-answers/answer-writes";
import { letterAnswerSchema } from "@/lib/validation/letter-answer";

/**
 * Records or edits the addressee's answer to a letter (lib/letter-answers/answer-writes.ts).
 * A new answer is a draft; publishing it is set-letter-answer-state.ts. The form may carry the
 * reply's PDF as an upload (multipart, with or without JavaScript).
 */
export const saveLetterAnswerAction = staffAction(
  {
    permission: { action: "update", type: "letter" },
    schema: letterAnswerSchema,
    messages: "LetterAnswerEditor.errors",
  },
  async ({ actor, input, context, formData }) => {
    const file = chosenFile(formData.get(ANSWER_DOCUMENT_FIELD));
    const { version } = await saveLetterAnswer(actor, input, context, file);
    refreshLetterPages();
    return { version };
  },
);
