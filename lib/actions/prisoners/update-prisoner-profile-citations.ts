"use server";

import { InvalidFieldsError } from "@/lib/actions/staff-action";
import { prisonerProfileCitationsSchema } from "@/lib/validation/prisoner-profile-citations";
import { keptRows } from "@/lib/validation/prisoner-rows";
import { withAddRowIntent } from "./add-row-intent";
import { prisonerTabAction } from "./prisoner-tab-action";
import { citationSourceRefs, replaceCitations, unknownSources } from "./write-citations";

/**
 * Saves the "Sources" tab: the citations of the profile itself, each supporting the whole profile
 * or one of its facts. They replace all the profile-level citations together, in the form's order.
 */
export const updatePrisonerProfileCitations = withAddRowIntent(
  prisonerTabAction(prisonerProfileCitationsSchema, async ({ tx, actor, input }) => {
    const errors = await unknownSources(tx, citationSourceRefs("citations", input.citations));
    if (Object.keys(errors).length > 0) throw new InvalidFieldsError(errors);
    await replaceCitations(tx, actor, { prisonerId: input.id }, keptRows(input.citations));
  }),
);
