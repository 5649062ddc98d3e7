import "server-only";
import { optionalJson } from "@/lib/data/write-checks";
import type { Actor } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/session";
import { updateContent } from "@/lib/content-store";
import { authorizeView, localizedName } from "@/lib/data/dashboard-content";
import { prisma } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { DeliveryMethod } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/routing";
import type { RequestContext } from "@/lib/security/request-context";
import type { LetterDeliveryInput } from "@/lib/validation/letter";

/**
 * A letter's deliveries: each hand-over to its addressee, with any answer. Editors list them on
 * the Delivery tab (authorised here, never cached) and record new ones; the public page reads
 * them through letters.ts.
 */

export interface LetterDeliveryEditorDto {
  id: string;
  deliveredOn: Date;
  recipient: string;
  method: DeliveryMethod | null;
  note: string | null;
  responseReceivedOn: Date | null;
  response: string | null;
}

export async function listLetterDeliveries(
  actor: Actor,
  letterId: string,
  locale: Locale,
): Promise<LetterDeliveryEditorDto[]> {
  authorizeView(actor, "letter");
  const rows = await prisma.letterDelivery.findMany({
    where: { letterId },
    orderBy: [{ deliveredOn: "asc" }, { createdAt: "asc" }],
  });
  return rows.map((row) => ({
    id: row.id,
    deliveredOn: row.deliveredOn,
    recipient: row.recipient,
    method: row.method,
    note: localizedName(row.note, locale) || null,
    responseReceivedOn: row.responseReceivedOn,
    response: localizedName(row.response, locale) || null,
  }));
}

/**
 * Records a hand-over of the letter (date, recipient, method, note, any answer). It is part of
 * the letter, so it goes through the content store: a revision, an audit row, and the letter's
 * public cache tags revalidated after the commit, so the public page shows it within seconds.
 * Editors only (`publish` on the letter in its current state): a delivery is published at once,
 * whatever the letter's state.
 */
export async function recordLetterDelivery(
  actor: Actor,
  input: LetterDeliveryInput & { expectedVersion: number },
  context: RequestContext,
): Promise<{ version: number }> {
  const letter = await prisma.letter.findUnique({
    where: { id: input.letterId },
    select: { state: true },
  });
  if (!letter) throw new NotFoundError("Letter", input.letterId);
  authorize(actor, "publish", { type: "letter", state: letter.state });
  return updateContent(actor, {
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
}
