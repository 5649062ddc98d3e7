"use server";

import { staffAction } from "@/lib/actions/staff-action";
import { CONTENT_ERRORS } from "@/lib/actions/content-editor/content-sections";
import { deleteItem } from "@/lib/actions/content-editor/delete-item";
import { organisationUsage } from "@/lib/actions/organisations/write-organisation";
import { deleteItemSchema } from "@/lib/validation/reference-item";

/** Deletes an organisation without recognitions (editors only). */
export const deleteOrganisation = staffAction<typeof deleteItemSchema, never>(
  {
    permission: { action: "delete", type: "organisation" },
    schema: deleteItemSchema,
    messages: CONTENT_ERRORS,
  },
  async (args) =>
    deleteItem(args, "organisation", { usage: organisationUsage, inUseCode: "organisationInUse" }),
);
