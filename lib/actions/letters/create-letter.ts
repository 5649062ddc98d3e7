"use server";

import { redirect } from "next/navigation";
import { actionLocale } from "@/lib/actions/content-editor/action-locale";
import { refreshLetterPages } from "@/lib/actions/letters/refresh-letters";
import { withAddRowIntent } from "@/lib/actions/prisoners/add-row-intent";
import { staffAction } from "@/lib/actions/staff-action";
import { createLetterDraft } from "@/lib/data/letter-writes";
import { dashboardRoutes, localized, withQuery } from "@/lib/routes";
import { letterSchema } from "@/lib/validation/letter";

/** Creates a draft letter with version 1 of its text and opens its editor. */
// "Add a milestone" (intent=add:thresholds) re-renders the form with one more row, saving nothing.
export const createLetter = withAddRowIntent(
  staffAction<typeof letterSchema, never>(
    {
      permission: { action: "create", type: "letter" },
      schema: letterSchema,
      messages: "LetterEditor.errors",
    },
    async ({ actor, input, context, formData }) => {
      const { id } = await createLetterDraft(actor, input, context);
      refreshLetterPages();
      redirect(
        localized(
          actionLocale(formData),
          withQuery(dashboardRoutes.edit("letter", id), { created: 1 }),
        ),
      );
    },
  ),
);
