"use server";

import { refreshSponsorPages } from "@/lib/actions/sponsors/refresh-sponsor-pages";
import { staffAction } from "@/lib/actions/staff-action";
import { setPrisonerSponsorPublished as setPublished } from "@/lib/sponsors/sponsor-writes";
import { sponsorStateSchema } from "@/lib/sponsors/sponsor-input";

/** A sponsor row's "Show publicly" / "Hide from the profile" button (editors and administrators). */
export const setPrisonerSponsorPublished = staffAction(
  {
    permission: { action: "manage", type: "prisonerSponsor" },
    schema: sponsorStateSchema,
    messages: "Sponsors",
  },
  async ({ actor, input, context }) => {
    const prisonerId = await setPublished(actor, { ...input, context });
    if (prisonerId) refreshSponsorPages(prisonerId);
  },
);
