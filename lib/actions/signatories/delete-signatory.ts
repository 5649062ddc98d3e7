"use server";

import { redirect } from "next/navigation";
import { actionLocale } from "@/lib/actions/content-editor/action-locale";
import { refreshLetterPages } from "@/lib/actions/letters/refresh-letters";
import { staffAction } from "@/lib/actions/staff-action";
import { deleteContent } from "@/lib/content-store";
import { dashboardRoutes, localized, withQuery } from "@/lib/routes";
import { deleteItemSchema } from "@/lib/validation/reference-item";

/** Removes a notable signatory from its letter (editors only); the history keeps its revisions. */
export const deleteSignatory = staffAction<typeof deleteItemSchema, never>(
  {
    permission: { action: "delete", type: "notableSignatory" },
    schema: deleteItemSchema,
    messages: "ContentEditor.errors",
  },
  async ({ actor, input, context, formData }) => {
    await deleteContent(actor, {
      type: "notableSignatory",
      id: input.id,
      expectedVersion: input.expectedVersion,
      context,
    });
    refreshLetterPages();
    redirect(
      localized(
        actionLocale(formData),
        withQuery(dashboardRoutes.list("notableSignatory"), { deleted: 1 }),
      ),
    );
  },
);
