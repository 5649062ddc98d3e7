import "server-only";
import { can, type Actor } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/session";
import { CONTENT_LOCALES } from "@/lib/content-model/localized";
import type { Tx, WriteContext } from "@/lib/content-store";
import { ForbiddenError, InvalidFieldsError } from "@/lib/errors";
import type { Prisma, PublicationState } from "@/lib/generated/prisma/client";
import type { EventRow, PrisonerTimeline } from "@/lib/validation/prisoner-timeline";
import { replaceCitations, unknownSources } from "./citations";
import { jsonOrDbNull } from "./json-columns";
import { savePrisonerTab } from "./save-prisoner-tab";

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

/** Published and archived events are what the public sees (or saw): only editors change them. */
function isPublicState(state: PublicationState): boolean {
  return state === "PUBLISHED" || state === "ARCHIVED";
}

/** A LocalizedText as the form gives it back: trimmed, empty locales dropped. */
function normalizedText(value: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  if (!value || typeof value !== "object") return result;
  for (const locale of CONTENT_LOCALES) {
    const text = (value as Record<string, unknown>)[locale];
    if (typeof text === "string" && text.trim()) result[locale] = text.trim();
  }
  return result;
}

const storedEventSelect = {
  id: true,
  state: true,
  publishedAt: true,
  date: true,
  datePrecision: true,
  type: true,
  title: true,
  text: true,
  caseId: true,
  citations: { select: { sourceId: true, locator: true }, orderBy: { position: "asc" } },
} as const satisfies Prisma.EventSelect;

type StoredEvent = Prisma.EventGetPayload<{ select: typeof storedEventSelect }>;

/** What the public sees of an event, in one shape for a posted row and a stored event. */
function publicFace(event: {
  date: Date;
  datePrecision: string;
  type: string;
  title: unknown;
  text: unknown;
  state: string;
  caseId: string | null;
  citations: { sourceId: string | null; locator: string | null }[];
}): string {
  return JSON.stringify({
    date: event.date.toISOString().slice(0, 10),
    datePrecision: event.datePrecision,
    type: event.type,
    title: normalizedText(event.title),
    text: normalizedText(event.text),
    state: event.state,
    caseId: event.caseId,
    citations: event.citations.map((c) => ({ sourceId: c.sourceId, locator: c.locator || null })),
  });
}

/**
 * Whether a posted row leaves a published or archived event as it is. A contributor's form posts
 * every event of the draft profile, those the public sees included: unchanged ones are skipped
 * (not even rewritten), a changed one refuses the save. An event can be published while this
 * profile is a draft (it concerns a published prisoner too, or the profile went back to draft).
 */
function rowLeavesEventAsIs(row: EventRow, stored: StoredEvent): boolean {
  return (
    publicFace({
      date: row.date.date,
      datePrecision: row.date.precision,
      type: row.type,
      title: row.title,
      text: row.text,
      state: row.state,
      caseId: row.caseId,
      citations: row.citations.flatMap((c) => (c ? [c] : [])),
    }) === publicFace(stored)
  );
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
 * unlinked from this person, and deleted when it concerned nobody else. Published and archived
 * events are changed, unlinked or deleted by editors only (the content store also compares them
 * before and after the save: lib/content-store/registry/public-events.ts).
 */
export function savePrisonerTimeline(
  actor: Actor,
  input: PrisonerTimeline,
  context: WriteContext,
): Promise<{ version: number }> {
  return savePrisonerTab(actor, input, context, async ({ tx, current }) => {
    await checkReferences(tx, input);
    const rows = input.events.filter((row): row is EventRow => row !== null);
    const linked = await tx.eventPrisoner.findMany({
      where: { prisonerId: input.id },
      select: { event: { select: storedEventSelect } },
    });
    const mayChangePublic = can(actor, "update", { type: "prisoner", state: "PUBLISHED" });
    const existing = new Map(linked.map(({ event }) => [event.id, event]));
    const keep = new Set(rows.flatMap((row) => (row.id && existing.has(row.id) ? [row.id] : [])));

    for (const [eventId, event] of existing) {
      if (keep.has(eventId)) continue;
      authorizeEventState(actor, event.state, "DRAFT");
      if (isPublicState(event.state) && !mayChangePublic) {
        throw new ForbiddenError("unlink", "publishedEvent");
      }
      await tx.eventPrisoner.delete({
        where: { eventId_prisonerId: { eventId, prisonerId: input.id } },
      });
      const others = await tx.eventPrisoner.count({ where: { eventId } });
      if (others === 0) await tx.event.delete({ where: { id: eventId } });
    }

    for (const row of rows) {
      const before = row.id ? existing.get(row.id) : undefined;
      authorizeEventState(actor, before?.state ?? null, row.state);
      if (before && isPublicState(before.state) && !mayChangePublic) {
        if (rowLeavesEventAsIs(row, before)) continue;
        throw new ForbiddenError("update", "publishedEvent");
      }
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
  });
}
