"use server";

import { staffAction } from "@/lib/actions/staff-action";
import { CONTENT_ERRORS } from "@/lib/actions/content-editor/content-sections";
import { updateItem } from "@/lib/actions/content-editor/update-item";
import { writeFacility } from "@/lib/actions/facilities/write-facility";
import { facilityUpdateSchema } from "@/lib/validation/facility";

/** Saves a facility edited on version `expectedVersion`. */
export const updateFacility = staffAction(
  {
    permission: { action: "update", type: "facility" },
    schema: facilityUpdateSchema,
    messages: CONTENT_ERRORS,
  },
  async (args) =>
    updateItem(args, "facility", (tx) => writeFacility(tx, args.input, args.input.id)),
);
