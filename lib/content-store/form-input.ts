import { z } from "zod";
import { CONTENT_STATES, CONTENT_TYPES } from "@/lib/auth/policy";

/**
 * What the workflow panel and the history page post: shared by the forms and their server actions
 * (lib/actions/content/). Error codes are keys of the "Workflow.errors" messages.
 */
const contentRef = {
  type: z.enum(CONTENT_TYPES),
  id: z.string().trim().min(1).max(100),
  expectedVersion: z.coerce.number().int().min(1),
};

/** Every state an item can be moved to: the policy's list. */
export const WORKFLOW_STATES = CONTENT_STATES;

export const transitionInputSchema = z.object({
  ...contentRef,
  to: z.enum(WORKFLOW_STATES),
  note: z
    .string()
    .trim()
    .max(1000, "noteTooLong")
    .optional()
    .transform((value) => value || undefined),
});

export const restoreInputSchema = z.object({
  ...contentRef,
  revisionNumber: z.coerce.number().int().min(1),
});
