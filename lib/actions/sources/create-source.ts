"use server";

import { redirect } from "next/navigation";
import { actionLocale } from "@/lib/actions/content-editor/action-locale";
import { staffAction } from "@/lib/actions/staff-action";
import { SOURCE_ERRORS, writeSource } from "@/lib/actions/sources/write-source";
import { createContent } from "@/lib/content-store";
import { sourceSchema } from "@/lib/validation/source";

/** Creates a source (revision 1 and an audit row in the same transaction) and opens its editor. */
export const createSource = staffAction<typeof sourceSchema, never>(
  {
    permission: { action: "create", type: "source" },
    schema: sourceSchema,
    messages: SOURCE_ERRORS,
  },
  async (args) => {
    const { id } = await createContent(args.actor, {
      type: "source",
      create: (tx) => writeSource(tx, args.input, null),
      summary: "created",
      context: args.context,
    });
    const locale = actionLocale(args.formData);
    redirect(`/${locale}/dashboard/sources/${encodeURIComponent(id)}?created=1`);
  },
);
