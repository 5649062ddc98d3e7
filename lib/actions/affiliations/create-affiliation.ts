"use server";

import { staffAction } from "@/lib/actions/staff-action";
import { CONTENT_ERRORS } from "@/lib/actions/content-editor/content-sections";
import { createItem } from "@/lib/actions/content-editor/create-item";
import { writeAffiliation } from "@/lib/actions/affiliations/write-affiliation";
import { affiliationSchema } from "@/lib/validation/affiliation";

/** Creates an affiliation and opens its editor. */
export const createAffiliation = staffAction<typeof affiliationSchema, { version: number }>(
  {
    permission: { action: "create", type: "affiliation" },
    schema: affiliationSchema,
    messages: CONTENT_ERRORS,
  },
  async (args) => createItem(args, "affiliation", (tx) => writeAffiliation(tx, args.input, null)),
);
