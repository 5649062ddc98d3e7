"use server";

import { redirect } from "next/navigation";
import { actionLocale } from "@/lib/actions/content-editor/action-locale";
import { staffAction } from "@/lib/actions/staff-action";
import { createSourceEntry } from "@/lib/data/source-writes";
import { dashboardRoutes, localized, withQuery } from "@/lib/routes";
import { sourceSchema } from "@/lib/validation/source";
import { SOURCE_ERRORS } from "./source-errors";

/** Creates a source (revision 1 and an audit row in the same transaction) and opens its editor. */
export const createSource = staffAction<typeof sourceSchema, never>(
  {
    permission: { action: "create", type: "source" },
    schema: sourceSchema,
    messages: SOURCE_ERRORS,
  },
  async ({ actor, input, context, formData }) => {
    const { id } = await createSourceEntry(actor, input, context);
    redirect(
      localized(
        actionLocale(formData),
        withQuery(dashboardRoutes.edit("source", id), { created: 1 }),
      ),
    );
  },
);
