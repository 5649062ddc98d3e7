"use server";

import { redirect } from "next/navigation";
import { actionLocale } from "@/lib/actions/content-editor/action-locale";
import { refreshLetterPages } from "@/lib/actions/letters/refresh-letters";
import { staffAction } from "@/lib/actions/staff-action";
import { createNotableSignatory } from "@/lib/data/signatory-writes";
import { dashboardRoutes, localized, withQuery } from "@/lib/routes";
import { notableSignatorySchema } from "@/lib/validation/notable-signatory";

/** Adds a notable signatory to a letter and opens its editor. */
export const createSignatory = staffAction<typeof notableSignatorySchema, never>(
  {
    permission: { action: "create", type: "notableSignatory" },
    schema: notableSignatorySchema,
    messages: "LetterEditor.errors",
  },
  async ({ actor, input, context, formData }) => {
    const { id } = await createNotableSignatory(actor, input, context);
    refreshLetterPages();
    redirect(
      localized(
        actionLocale(formData),
        withQuery(dashboardRoutes.edit("notableSignatory", id), { created: 1 }),
      ),
    );
  },
);
