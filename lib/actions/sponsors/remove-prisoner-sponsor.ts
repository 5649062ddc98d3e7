"use server";

import { refreshSponsorPages } from "@/lib/actions/sponsors/refresh-sponsor-pages";
import { staffAction } from "@/lib/actions/staff-action";
import { removePrisonerSponsor as removeSponsor } from "@/lib/sponsors/sponsor-writes";
import { removeSponsorSchema } from "@/lib/sponsors/sponsor-input";

/** A sponsor row's "Remove" button (editors and administrators). */
export const removePrisonerSponsor = staffAction(
  {
    permission: { action: "manage", type: "prisonerSponsor" },
    schema: removeSponsorSchema,
    messages: "Sponsors",
  },
  async ({ actor, input, context }) => {
    const prisonerId = await removeSponsor(actor, { ...input, context });
    refreshSponsorPages(prisonerId);
  },
);
