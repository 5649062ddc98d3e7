"use server";

import { prisonerBasicsUpdateSchema } from "@/lib/validation/prisoner-basics";
import { savePrisonerBasics } from "@/lib/data/prisoner-writes/basics";
import { prisonerTabAction } from "./prisoner-tab-action";

/** Saves the "Basics" tab (lib/data/prisoner-writes/basics.ts). */
export const updatePrisonerBasics = prisonerTabAction(
  prisonerBasicsUpdateSchema,
  savePrisonerBasics,
);
