"use server";

import { staffAction } from "@/lib/actions/staff-action";
import { CONTENT_ERRORS } from "@/lib/actions/content-editor/content-sections";
import { createItem } from "@/lib/actions/content-editor/create-item";
import { writeTag } from "@/lib/actions/tags/write-tag";
import { tagSchema } from "@/lib/validation/tag";

/** Creates a tag and opens its editor. */
export const createTag = staffAction<typeof tagSchema, { version: number }>(
  { permission: { action: "create", type: "tag" }, schema: tagSchema, messages: CONTENT_ERRORS },
  async (args) => createItem(args, "tag", (tx) => writeTag(tx, args.input, null)),
);
