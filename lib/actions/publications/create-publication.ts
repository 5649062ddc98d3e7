"use server";

import { staffAction } from "@/lib/actions/staff-action";
import { CONTENT_ERRORS } from "@/lib/actions/content-editor/content-sections";
import { createItem } from "@/lib/actions/content-editor/create-item";
import { withAddRowIntent } from "@/lib/actions/prisoners/add-row-intent";
import { writePublication } from "@/lib/actions/publications/write-publication";
import { publicationSchema } from "@/lib/validation/publication";

/** Creates a draft publication and opens its editor ("add another file" saves nothing). */
export const createPublication = withAddRowIntent(
  staffAction<typeof publicationSchema, { version: number }>(
    {
      permission: { action: "create", type: "publication" },
      schema: publicationSchema,
      messages: CONTENT_ERRORS,
    },
    async (args) => createItem(args, "publication", (tx) => writePublication(tx, args.input, null)),
  ),
);
