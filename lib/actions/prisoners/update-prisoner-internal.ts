"use server";

import { prisonerInternalSchema } from "@/lib/validation/prisoner-internal";
import { savePrisonerInternal } from "@/lib/data/prisoner-writes/internal";
import { prisonerTabAction } from "./prisoner-tab-action";

/**
 * Saves the staff-only "Internal" tab: only the fields the actor may read
 * (lib/data/prisoner-writes/internal.ts).
 */
export const updatePrisonerInternal = prisonerTabAction(
  prisonerInternalSchema,
  savePrisonerInternal,
);
