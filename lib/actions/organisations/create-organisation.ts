"use server";

import { staffAction } from "@/lib/actions/staff-action";
import { CONTENT_ERRORS } from "@/lib/actions/content-editor/content-sections";
import { createItem } from "@/lib/actions/content-editor/create-item";
import { writeOrganisation } from "@/lib/actions/organisations/write-organisation";
import { organisationSchema } from "@/lib/validation/organisation";

/** Creates an organisation and opens its editor. */
export const createOrganisation = staffAction<typeof organisationSchema, { version: number }>(
  {
    permission: { action: "create", type: "organisation" },
    schema: organisationSchema,
    messages: CONTENT_ERRORS,
  },
  async (args) => createItem(args, "organisation", (tx) => writeOrganisation(tx, args.input, null)),
);
