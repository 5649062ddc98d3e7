"use server";

import { authorize } from "@/lib/auth/session";
import { prisonerInternalSchema } from "@/lib/validation/prisoner-internal";
import { prisonerTabAction } from "./prisoner-tab-action";

/**
 * Saves the staff-only "Internal" tab (PrisonerInternal). Goes through updateContent like every
 * other tab, so the change is versioned and audited; PrisonerInternal is never read by a public
 * query.
 */
export const updatePrisonerInternal = prisonerTabAction(
  prisonerInternalSchema,
  async ({ tx, current, actor, input }) => {
    const { id, familyContacts, lawyerContacts, consentNotes, notes } = input;
    const fields = { familyContacts, lawyerContacts, consentNotes, notes };
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
  { auditAction: "update_internal" },
);
