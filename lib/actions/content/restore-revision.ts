"use server";

import { CONTENT_TYPES } from "@/lib/auth/policy";
import { refresh } from "next/cache";
import { staffAction } from "@/lib/actions/staff-action";
import { restoreRevision } from "@/lib/content-store";
import { restoreInputSchema } from "@/lib/content-store/form-input";

/**
 * "Restore this revision" on the history page: the old snapshot becomes a new revision. Editors,
 * or contributors while the item is a draft (checked by the content store).
 */
export const restoreRevisionAction = staffAction(
  {
    permission: { action: "restoreRevision", type: CONTENT_TYPES },
    schema: restoreInputSchema,
    messages: "History.errors",
  },
  async ({ actor, input, context }) => {
    const { version } = await restoreRevision(actor, { ...input, context });
    refresh();
    return { version, restored: input.revisionNumber };
  },
);
