"use server";

import { refreshLetterPages } from "@/lib/actions/letters/refresh-letters";
import { staffAction } from "@/lib/actions/staff-action";
import { saveLetterAnswer } from "@/lib/letter-answers/answer-writes";
import { letterAnswerSchema } from "@/lib/validation/letter-answer";

/**
 * Records or edits the addressee's answer to a letter (lib/letter-answers/answer-writes.ts).
 * A new answer is a draft; publishing it is set-letter-answer-state.ts.
 */
export const saveLetterAnswerAction = staffAction(
  {
    permission: { action: "update", type: "letter" },
    schema: letterAnswerSchema,
    messages: "LetterAnswerEditor.errors",
  },
  async ({ actor, input, context }) => {
    const { version } = await saveLetterAnswer(actor, input, context);
    refreshLetterPages();
    return { version };
  },
);
