"use server";

import { staffAction } from "@/lib/actions/staff-action";
import { CONTENT_ERRORS, keepCodeField } from "@/lib/actions/content-editor/content-sections";
import { updateItem } from "@/lib/actions/content-editor/update-item";
import { writeArticle } from "@/lib/actions/articles/write-article";
import { criminalCodeArticleUpdateSchema } from "@/lib/validation/criminal-code-article";

/** Saves an article edited on version `expectedVersion`. */
export const updateArticle = staffAction(
  {
    permission: { action: "update", type: "criminalCodeArticle" },
    schema: criminalCodeArticleUpdateSchema,
    messages: CONTENT_ERRORS,
    omitFromValues: keepCodeField,
  },
  async (args) =>
    updateItem(args, "criminalCodeArticle", (tx) => writeArticle(tx, args.input, args.input.id)),
);
