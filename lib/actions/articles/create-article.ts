"use server";

import { staffAction } from "@/lib/actions/staff-action";
import { CONTENT_ERRORS, keepCodeField } from "@/lib/actions/content-editor/content-sections";
import { createItem } from "@/lib/actions/content-editor/create-item";
import { writeArticle } from "@/lib/actions/articles/write-article";
import { criminalCodeArticleSchema } from "@/lib/validation/criminal-code-article";

/** Creates a criminal code article and opens its editor. */
export const createArticle = staffAction<typeof criminalCodeArticleSchema, { version: number }>(
  {
    permission: { action: "create", type: "criminalCodeArticle" },
    schema: criminalCodeArticleSchema,
    messages: CONTENT_ERRORS,
    omitFromValues: keepCodeField,
  },
  async (args) =>
    createItem(args, "criminalCodeArticle", (tx) => writeArticle(tx, args.input, null)),
);
