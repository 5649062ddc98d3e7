"use server";

import { redirect } from "next/navigation";
import { actionLocale } from "@/lib/actions/content-editor/action-locale";
import { staffAction } from "@/lib/actions/staff-action";
import { deleteUncitedSource } from "@/lib/data/source-writes";
import { dashboardRoutes, localized, withQuery } from "@/lib/routes";
import { deleteItemSchema } from "@/lib/validation/reference-item";
import { SOURCE_ERRORS } from "./source-errors";

/**
 * Deletes a source nothing cites (editors only); while citations point at it the delete is
 * refused with a message on the confirmation box.
 */
export const deleteSource = staffAction<typeof deleteItemSchema, never>(
  {
    permission: { action: "delete", type: "source" },
    schema: deleteItemSchema,
    messages: SOURCE_ERRORS,
  },
  async ({ actor, input, context, formData }) => {
    await deleteUncitedSource(actor, input, context);
    redirect(
      localized(actionLocale(formData), withQuery(dashboardRoutes.list("source"), { deleted: 1 })),
    );
  },
);
