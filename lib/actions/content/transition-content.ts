"use server";

import { CONTENT_TYPES } from "@/lib/auth/policy";
import { refresh } from "next/cache";
import { staffAction } from "@/lib/actions/staff-action";
import { transitionContent as moveContent } from "@/lib/content-store";
import { transitionInputSchema } from "@/lib/content-store/form-input";

/**
 * The workflow panel's action: moves an item to another state (submit for review, publish,
 * return to draft, archive ...). The content store checks the policy on the item's current state
 * and the version the panel was rendered with.
 */
export const transitionContentAction = staffAction(
  {
    permission: { action: "submitForReview", type: CONTENT_TYPES },
    schema: transitionInputSchema,
    messages: "Workflow.errors",
  },
  async ({ actor, input, context }) => {
    const { version } = await moveContent(actor, { ...input, context });
    // The page around the panel shows the new state and version.
    refresh();
    return { version, state: input.to };
  },
);
