import "server-only";
import type { Actor } from "@/lib/auth/policy";
import type { WriteContext } from "@/lib/content-store";
import { InvalidFieldsError } from "@/lib/errors";
import type { PrisonerProfileCitations } from "@/lib/validation/prisoner-profile-citations";
import { keptRows } from "@/lib/validation/prisoner-rows";
import { citationSourceRefs, replaceCitations, unknownSources } from "./citations";
import { savePrisonerTab } from "./save-prisoner-tab";

/**
 * Saves the "Sources" tab: the citations of the profile itself, each supporting the whole profile
 * or one of its facts. They replace all the profile-level citations together, in the form's order.
 */
export function savePrisonerProfileCitations(
  actor: Actor,
  input: PrisonerProfileCitations,
  context: WriteContext,
): Promise<{ version: number }> {
  return savePrisonerTab(actor, input, context, async ({ tx }) => {
    const errors = await unknownSources(tx, citationSourceRefs("citations", input.citations));
    if (Object.keys(errors).length > 0) throw new InvalidFieldsError(errors);
    await replaceCitations(tx, actor, { prisonerId: input.id }, keptRows(input.citations));
  });
}
