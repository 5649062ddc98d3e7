"use server";

import { refreshLetterPages } from "@/lib/actions/letters/refresh-letters";
import { staffAction } from "@/lib/actions/staff-action";
import { setLetterAnswerState } from "@/lib/letter-answers/answer-writes";
import { queueOutcomeAnnouncement } from "@/lib/letter-answers/queue-announcement";
import { letterAnswerStateSchema } from "@/lib/validation/letter-answer";

/**
 * Publishes or withdraws an answer (editors: `publish` on the letter). Once a publication has
 * committed, the letter's announcement job is queued for after the delay: the e-mails to the
 * signers who asked are queued by that job in batches, never in this request.
 */
export const setLetterAnswerStateAction = staffAction(
  {
    permission: { action: "publish", type: "letter" },
    schema: letterAnswerStateSchema,
    messages: "LetterAnswerEditor.errors",
  },
  async ({ actor, input, context }) => {
    const { version } = await setLetterAnswerState(actor, input, context);
    if (input.publish) await queueOutcomeAnnouncement(input.letterId);
    refreshLetterPages();
    return { version };
  },
);
