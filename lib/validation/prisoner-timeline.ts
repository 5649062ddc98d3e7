import { z } from "zod";
import { EventType, PublicationState } from "@/lib/generated/prisma/enums";
import { localizedTextInputSchema } from "@/lib/validation/localized";
import { requiredPartialDateSchema } from "@/lib/validation/partial-date";
import { PRISONER_TEXT_MAX } from "@/lib/validation/prisoner";
import {
  expectedVersionSchema,
  optionalIdSchema,
  rowsSchema,
} from "@/lib/validation/prisoner-rows";
import { CITATION_SELECT_FIELDS, citationRowsSchema } from "@/lib/validation/prisoner-sources";

/**
 * The "Timeline" tab: events of the person's timeline, each with its date and precision, type,
 * localised title and text, its own publication state, and the sources it rests on. How sure an
 * event is comes from its sources' confidence.
 */

export const EVENT_TYPES = Object.values(EventType);
export const PUBLICATION_STATES = Object.values(PublicationState);

export const eventRowSchema = z.object({
  id: optionalIdSchema,
  date: requiredPartialDateSchema({ notInFuture: true }),
  type: z.enum(EVENT_TYPES, { error: "choiceRequired" }),
  title: localizedTextInputSchema({ max: PRISONER_TEXT_MAX }),
  text: localizedTextInputSchema({ required: true, max: 5000 }),
  state: z.enum(PUBLICATION_STATES, { error: "choiceRequired" }),
  caseId: optionalIdSchema,
  citations: citationRowsSchema,
});

export const prisonerTimelineSchema = z.object({
  id: z.string().min(1),
  expectedVersion: expectedVersionSchema,
  events: rowsSchema(eventRowSchema, { ignore: ["type", "state", ...CITATION_SELECT_FIELDS] }),
});

export type EventRow = z.output<typeof eventRowSchema>;
export type PrisonerTimeline = z.output<typeof prisonerTimelineSchema>;
