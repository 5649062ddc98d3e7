"use server";

import { prisonerCasesSchema } from "@/lib/validation/prisoner-cases";
import { savePrisonerCases } from "@/lib/data/prisoner-writes/cases";
import { withAddRowIntent } from "./add-row-intent";
import { prisonerTabAction } from "./prisoner-tab-action";

/** Saves the "Cases & charges" tab; "add another" saves nothing. */
export const updatePrisonerCases = withAddRowIntent(
  prisonerTabAction(prisonerCasesSchema, savePrisonerCases),
);
