"use server";

import { staffAction } from "@/lib/actions/staff-action";
import { CONTENT_ERRORS } from "@/lib/actions/content-editor/content-sections";
import { deleteItem } from "@/lib/actions/content-editor/delete-item";
import { articleUsage } from "@/lib/actions/articles/write-article";
import { deleteItemSchema } from "@/lib/validation/reference-item";

/** Deletes an article no charge cites (editors only). */
export const deleteArticle = staffAction<typeof deleteItemSchema, never>(
  {
    permission: { action: "delete", type: "criminalCodeArticle" },
    schema: deleteItemSchema,
    messages: CONTENT_ERRORS,
  },
  async (args) =>
    deleteItem(args, "criminalCodeArticle", { usage: articleUsage, inUseCode: "articleInUse" }),
);
