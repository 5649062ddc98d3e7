"use server";

import { optionalJson } from "@/lib/actions/content-editor/reference-checks";
import { refreshLetterPages } from "@/lib/actions/letters/refresh-letters";
import { staffAction } from "@/lib/actions/staff-action";
import { authorize } from "@/lib/auth/session";
import { updateContent } from "@/lib/content-store";
import { prisma } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { letterDeliverySchema } from "@/lib/validation/letter";
import { z } from "zod";
import { expectedVersionSchema } from "@/lib/validation/prisoner-rows";

const schema = letterDeliverySchema.and(z.object({ expectedVersion: expectedVersionSchema }));

/**
 * Records a hand-over of the letter (date, recipient, method, note, any answer). It is part of
 * the letter, so it goes through the content store: a revision, an audit row, and the letter's
 * public cache tags revalidated after the commit, so the public page shows it within seconds.
 * Editors only: a delivery is published at once, whatever the letter's state.
 */
export const recordDelivery = staffAction(
  { permission: { action: "publish", type: "letter" }, schema, messages: "LetterEditor.errors" },
  async ({ actor, input, context }) => {
    const letter = await prisma.letter.findUnique({
      where: { id: input.letterId },
      select: { state: true },
    });
    if (!letter) throw new NotFoundError("Letter", input.letterId);
    authorize(actor, "publish", { type: "letter", state: letter.state });
    const { version } = await updateContent(actor, {
      type: "letter",
      id: input.letterId,
      expectedVersion: input.expectedVersion,
      apply: async (tx) => {
        await tx.letterDelivery.create({
          data: {
            letterId: input.letterId,
            // The schema refuses a missing date; the fallback only keeps the type honest.
            deliveredOn: input.deliveredOn?.date ?? new Date(),
            recipient: input.recipient,
            method: input.method,
            note: optionalJson(input.note),
            responseReceivedOn: input.responseReceivedOn?.date ?? null,
            response: optionalJson(input.response),
          },
        });
      },
      summary: "delivery recorded",
      auditAction: "record_delivery",
      context,
    });
    refreshLetterPages();
    return { version };
  },
);
