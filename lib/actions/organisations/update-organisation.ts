"use server";

import { staffAction } from "@/lib/actions/staff-action";
import { CONTENT_ERRORS } from "@/lib/actions/content-editor/content-sections";
import { updateItem } from "@/lib/actions/content-editor/update-item";
import { writeOrganisation } from "@/lib/actions/organisations/write-organisation";
import { organisationUpdateSchema } from "@/lib/validation/organisation";

/** Saves an organisation edited on version `expectedVersion`. */
export const updateOrganisation = staffAction(
  {
    permission: { action: "update", type: "organisation" },
    schema: organisationUpdateSchema,
    messages: CONTENT_ERRORS,
  },
  async (args) =>
    updateItem(args, "organisation", (tx) => writeOrganisation(tx, args.input, args.input.id)),
);
