"use server";

import { prisonerProfileCitationsSchema } from "@/lib/validation/prisoner-profile-citations";
import { savePrisonerProfileCitations } from "@/lib/data/prisoner-writes/profile-citations";
import { withAddRowIntent } from "./add-row-intent";
import { prisonerTabAction } from "./prisoner-tab-action";

/** Saves the "Sources" tab (the profile's own citations); "add another" saves nothing. */
export const updatePrisonerProfileCitations = withAddRowIntent(
  prisonerTabAction(prisonerProfileCitationsSchema, savePrisonerProfileCitations),
);
