"use server";

import { redirect } from "next/navigation";
import { actionLocale } from "@/lib/actions/content-editor/action-locale";
import { CONTENT_ERRORS } from "@/lib/actions/content-editor/content-errors";
import { withAddRowIntent } from "@/lib/actions/prisoners/add-row-intent";
import { staffAction } from "@/lib/actions/staff-action";
import { createPublicationDraft } from "@/lib/data/publication-writes";
import { dashboardRoutes, localized, withQuery } from "@/lib/routes";
import { publicationSchema } from "@/lib/validation/publication";

/** Creates a draft publication and opens its editor ("add another file" saves nothing). */
export const createPublication = withAddRowIntent(
  staffAction<typeof publicationSchema, { version: number }>(
    {
      permission: { action: "create", type: "publication" },
      schema: publicationSchema,
      messages: CONTENT_ERRORS,
    },
    async ({ actor, input, context, formData }) => {
      const { id } = await createPublicationDraft(actor, input, context);
      redirect(
        localized(
          actionLocale(formData),
          withQuery(dashboardRoutes.edit("publication", id), { created: 1 }),
        ),
      );
    },
  ),
);
