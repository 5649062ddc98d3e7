"use server";

import { staffAction } from "@/lib/actions/staff-action";
import { CONTENT_ERRORS } from "@/lib/actions/content-editor/content-sections";
import { createItem } from "@/lib/actions/content-editor/create-item";
import { writeFacility } from "@/lib/actions/facilities/write-facility";
import { facilitySchema } from "@/lib/validation/facility";

/** Creates a facility and opens its editor. */
export const createFacility = staffAction<typeof facilitySchema, { version: number }>(
  {
    permission: { action: "create", type: "facility" },
    schema: facilitySchema,
    messages: CONTENT_ERRORS,
  },
  async (args) => createItem(args, "facility", (tx) => writeFacility(tx, args.input, null)),
);
