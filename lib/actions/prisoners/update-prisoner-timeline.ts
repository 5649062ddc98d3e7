"use server";

import { InvalidFieldsError } from "@/lib/actions/staff-action";
import { authorize } from "@/lib/auth/session";
import type { Actor } from "@/lib/auth/policy";
import type { Tx } from "@/lib/content-store";
import type { PublicationState } from "@/lib/generated/prisma/client";
import type { EventRow, PrisonerTimeline } from "@/lib/validation/prisoner-timeline";
import { prisonerTimelineSchema } from "@/lib/validation/prisoner-timeline";
import { withAddRowIntent } from "./add-row-intent";
import { prisonerTabAction } from "./prisoner-tab-action";
import { replaceCitations, unknownSources } from "./write-citations";
import { jsonOrDbNull } from "./write-prisoner-basics";

/**
 * Moving an event to PUBLISHED or ARCHIVED (or out of those) is what publishing and archiving
 * the profile need: only roles that may do those to the profile may do it to its events.
 */
function authorizeEventState(actor: Actor, from: PublicationState | null, to: PublicationState) {
  if (from === to) return;
  const touches = (state: PublicationState | null) => state === "PUBLISHED" || state === "ARCHIVED";
  if (touches(to) || touches(from)) {
    authorize(actor, to === "ARCHIVED" ? "archive" : "publish", { type: "prisoner" });
  }
}

async function checkReferences(tx: Tx, input: PrisonerTimeline): Promise<void> {
  const indexed = input.events.flatMap((row, index) => (row ? [{ row, index }] : []));
  const cases = new Set(
    (await tx.case.findMany({ where: { prisonerId: input.id }, select: { id: true } })).map(
      (c) => c.id,
    ),
  );
  const errors: Record<string, string> = await unknownSources(
    tx,
    indexed.flatMap(({ row, index }) =>
      row.citations.flatMap((citation, citationIndex) =>
        citation
          ? [
              {
                path: `events.${index}.citations.${citationIndex}.sourceId`,
                sourceId: citation.sourceId,
              },
            ]
          : [],
      ),
    ),
  );
  for (const { row, index } of indexed) {
    if (row.caseId && !cases.has(row.caseId)) errors[`events.${index}.caseId`] = "invalidValue";
  }
  if (Object.keys(errors).length > 0) throw new InvalidFieldsError(errors);
}

function eventColumns(row: EventRow) {
  return {
    date: row.date.date,
    datePrecision: row.date.precision,
    type: row.type,
    title: jsonOrDbNull(Object.keys(row.title).length > 0 ? row.title : null),
    text: row.text,
    state: row.state,
    caseId: row.caseId,
  };
}

/**
 * Saves the "Timeline" tab: the profile's events with their sources. An event removed here is
 * unlinked from this person, and deleted when it concerned nobody else.
 */
export const updatePrisonerTimeline = withAddRowIntent(
  prisonerTabAction(prisonerTimelineSchema, async ({ tx, current, actor, input }) => {
    await checkReferences(tx, input);
    const rows = input.events.filter((row): row is EventRow => row !== null);
    const linked = await tx.eventPrisoner.findMany({
      where: { prisonerId: input.id },
      select: { event: { select: { id: true, state: true, publishedAt: true } } },
    });
    const existing = new Map(linked.map(({ event }) => [event.id, event]));
    const keep = new Set(rows.flatMap((row) => (row.id && existing.has(row.id) ? [row.id] : [])));

    for (const [eventId, event] of existing) {
      if (keep.has(eventId)) continue;
      authorizeEventState(actor, event.state, "DRAFT");
      await tx.eventPrisoner.delete({
        where: { eventId_prisonerId: { eventId, prisonerId: input.id } },
      });
      const others = await tx.eventPrisoner.count({ where: { eventId } });
      if (others === 0) await tx.event.delete({ where: { id: eventId } });
    }

    for (const row of rows) {
      const before = row.id ? existing.get(row.id) : undefined;
      authorizeEventState(actor, before?.state ?? null, row.state);
      const publishedAt =
        row.state === "PUBLISHED" && !before?.publishedAt ? { publishedAt: new Date() } : {};
      let eventId: string;
      if (before) {
        eventId = before.id;
        await tx.event.update({
          where: { id: eventId },
          data: {
            ...eventColumns(row),
            ...publishedAt,
            version: { increment: 1 },
            updatedById: actor.id,
          },
        });
      } else {
        eventId = (
          await tx.event.create({
            data: {
              ...eventColumns(row),
              ...publishedAt,
              countryCode: typeof current.countryCode === "string" ? current.countryCode : null,
              createdById: actor.id,
              updatedById: actor.id,
              prisoners: { create: { prisonerId: input.id } },
            },
            select: { id: true },
          })
        ).id;
      }
      await replaceCitations(
        tx,
        actor,
        { eventId },
        row.citations.filter((citation) => citation !== null),
      );
    }
  }),
);
