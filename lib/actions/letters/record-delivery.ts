"use server";

import { refreshLetterPages } from "@/lib/actions/letters/refresh-letters";
import { staffAction } from "@/lib/actions/staff-action";
import { recordLetterDelivery } from "@/lib/data/letter-deliveries";
import { queueOutcomeAnnouncement } from "@/lib/letter-answers/queue-announcement";
import { letterDeliverySchema } from "@/lib/validation/letter";
import { z } from "zod";
import { expectedVersionSchema } from "@/lib/validation/prisoner-rows";

const schema = letterDeliverySchema.and(z.object({ expectedVersion: expectedVersionSchema }));

/**
 * Records a hand-over of the letter (date, recipient, method, note, any answer): a write of the
 * letter itself, with its revision and audit row (lib/data/letter-deliveries.ts). Editors only:
 * a delivery is published at once, whatever the letter's state.
 */
export const recordDelivery = staffAction(
  { permission: { action: "publish", type: "letter" }, schema, messages: "LetterEditor.errors" },
  async ({ actor, input, context }) => {
    const { version } = await recordLetterDelivery(actor, input, context);
    // The signers who asked hear of it once the delay has passed (lib/letter-answers).
    await queueOutcomeAnnouncement(input.letterId);
    refreshLetterPages();
    return { version };
  },
);
