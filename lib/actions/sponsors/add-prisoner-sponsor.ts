"use server";

import { refreshSponsorPages } from "@/lib/actions/sponsors/refresh-sponsor-pages";
import { staffAction } from "@/lib/actions/staff-action";
import { addPrisonerSponsor as addSponsor } from "@/lib/sponsors/sponsor-writes";
import { addSponsorSchema } from "@/lib/sponsors/sponsor-input";

/** The prisoner page's "Add sponsor" form (editors and administrators). */
export const addPrisonerSponsor = staffAction(
  {
    permission: { action: "manage", type: "prisonerSponsor" },
    schema: addSponsorSchema,
    messages: "Sponsors",
  },
  async ({ actor, input, context }) => {
    const result = await addSponsor(actor, { ...input, context });
    refreshSponsorPages(input.prisonerId);
    return result;
  },
);
