"use server";

import { staffAction } from "@/lib/actions/staff-action";
import { authorize } from "@/lib/auth/session";
import { updateContent } from "@/lib/content-store";
import { prisonerInternalSchema } from "@/lib/validation/prisoner-internal";
import { refreshPrisonerEditor } from "./refresh-editor";

/**
 * Saves the staff-only "Internal" tab (PrisonerInternal). Goes through updateContent like every
 * other tab, so the change is versioned and audited; PrisonerInternal is never read by a public
 * query.
 */
export const updatePrisonerInternal = staffAction(
  { schema: prisonerInternalSchema, messages: "EditorForm.errors" },
  async ({ actor, input, context }) => {
    const { id, expectedVersion, ...fields } = input;
    const result = await updateContent(actor, {
      type: "prisoner",
      id,
      expectedVersion,
      apply: async (tx, current) => {
        authorize(actor, "viewInternal", {
          type: "prisoner",
          state: current.state as "DRAFT" | "IN_REVIEW" | "PUBLISHED" | "ARCHIVED",
        });
        await tx.prisonerInternal.upsert({
          where: { prisonerId: id },
          create: { prisonerId: id, ...fields, updatedById: actor.id },
          update: { ...fields, updatedById: actor.id },
        });
      },
      auditAction: "update_internal",
      context,
    });
    refreshPrisonerEditor();
    return result;
  },
);
