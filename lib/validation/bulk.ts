import { z } from "zod";

/**
 * The selection a dashboard bulk form posts (components/dashboard/bulk/bulk-form.tsx), shared by
 * the three bulk actions (flagged signatures, the inaccuracy inbox, the review queue):
 *
 *   ids=…&ids=…          the ticked rows (at most BULK_MAX_IDS per request: bodies stay bounded)
 *   all=matching         instead of the ids: everything matching the list's filter, resolved on
 *                        the server at action time (bounded per action, with a clear message)
 *   op=publish           which of the form's actions was asked (first submission: confirmation)
 *   confirm=publish:80   the confirmation's button: the action and the count it named; the server
 *                        acts only if it would still act on exactly that many, else asks again
 *   cancel=1             the confirmation's "Cancel" (without JavaScript, a round trip)
 *
 * Ids are only candidates: each action re-checks every one against the scope (this letter, the
 * items the actor may move) and ignores, reports and audits the rest.
 */

/** At most this many ticked rows per request. */
export const BULK_MAX_IDS = 500;
/** At most this many items matched by a filter for actions that write item by item. */
export const BULK_MAX_MATCHING = 500;

const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const asList = (value: unknown) =>
  value === undefined || value === null || value === ""
    ? []
    : Array.isArray(value)
      ? value
      : [value];

export const bulkSelectionFields = {
  ids: z.preprocess(
    asList,
    z.array(z.string().trim().min(1).max(120)).max(BULK_MAX_IDS, { error: "tooManySelected" }),
  ),
  all: z.preprocess(firstValue, z.literal("matching").optional().catch(undefined)),
  confirm: z.preprocess(
    firstValue,
    z
      .string()
      .regex(/^[a-z]{1,20}:\d{1,7}$/)
      .optional()
      .catch(undefined),
  ),
  cancel: z.preprocess(firstValue, z.literal("1").optional().catch(undefined)),
};

/** What the bulk fields of a form parse to. */
export interface BulkSelectionInput {
  ids: string[];
  all?: "matching";
  confirm?: string;
  cancel?: "1";
}

/** One item the action could not change, and why, in words for the result list. */
export interface BulkFailure {
  id: string;
  /** The item's name or title as the list showed it (or its id when it has none). */
  label: string;
  reason: string;
}

/** What a bulk action answers (the `result` of its FormState). */
export type BulkOutcome =
  | { stage: "cancelled" }
  | {
      stage: "confirm";
      op: string;
      /** How many items the server will act on if confirmed now. */
      count: number;
      /** "Invalidate 80 signatures?" */
      question: string;
      /** The count had changed since the previous confirmation (which named this many). */
      changedFrom: number | null;
    }
  | {
      stage: "done";
      op: string;
      /** "Published 18 of 20; 2 changed since you loaded the page." */
      summary: string;
      failures: BulkFailure[];
    };
