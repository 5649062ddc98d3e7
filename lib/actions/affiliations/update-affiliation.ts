"use server";

import { staffAction } from "@/lib/actions/staff-action";
import { CONTENT_ERRORS } from "@/lib/actions/content-editor/content-sections";
import { updateItem } from "@/lib/actions/content-editor/update-item";
import { writeAffiliation } from "@/lib/actions/affiliations/write-affiliation";
import { affiliationUpdateSchema } from "@/lib/validation/affiliation";

/** Saves an affiliation edited on version `expectedVersion`. */
export const updateAffiliation = staffAction(
  {
    permission: { action: "update", type: "affiliation" },
    schema: affiliationUpdateSchema,
    messages: CONTENT_ERRORS,
  },
  async (args) =>
    updateItem(args, "affiliation", (tx) => writeAffiliation(tx, args.input, args.input.id)),
);
