"use server";

import { prisonerNamesSchema } from "@/lib/validation/prisoner-names";
import { savePrisonerNames } from "@/lib/data/prisoner-writes/names";
import { withAddRowIntent } from "./add-row-intent";
import { prisonerTabAction } from "./prisoner-tab-action";

/** Saves the "Names" tab; "add another" saves nothing. */
export const updatePrisonerNames = withAddRowIntent(
  prisonerTabAction(prisonerNamesSchema, savePrisonerNames),
);
