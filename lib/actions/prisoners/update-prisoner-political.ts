"use server";

import { prisonerPoliticalSchema } from "@/lib/validation/prisoner-political";
import { savePrisonerPolitical } from "@/lib/data/prisoner-writes/political";
import { withAddRowIntent } from "./add-row-intent";
import { prisonerTabAction } from "./prisoner-tab-action";

/** Saves the "Why political" tab; "add another" saves nothing. */
export const updatePrisonerPolitical = withAddRowIntent(
  prisonerTabAction(prisonerPoliticalSchema, savePrisonerPolitical),
);
