"use server";

import { prisonerDetentionsSchema } from "@/lib/validation/prisoner-detentions";
import { savePrisonerDetentions } from "@/lib/data/prisoner-writes/detentions";
import { withAddRowIntent } from "./add-row-intent";
import { prisonerTabAction } from "./prisoner-tab-action";

/** Saves the "Detentions" tab; "add another" saves nothing. */
export const updatePrisonerDetentions = withAddRowIntent(
  prisonerTabAction(prisonerDetentionsSchema, savePrisonerDetentions),
);
