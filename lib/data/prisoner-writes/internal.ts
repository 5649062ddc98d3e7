import "server-only";
import { readablePrisonerInternalFields } from "@/lib/auth/data-classes";
import type { Actor } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/session";
import type { WriteContext } from "@/lib/content-store";
import type { PrisonerInternalInput } from "@/lib/validation/prisoner-internal";
import { savePrisonerTab } from "./save-prisoner-tab";

/**
 * Saves the staff-only "Internal" tab (PrisonerInternal). Goes through updateContent like every
 * other tab, so the change is versioned and audited; PrisonerInternal is never read by a public
 * query.
 *
 * Only the fields the actor may read are written (lib/auth/data-classes.ts): a contributor's form
 * has no contact or consent fields, and their save — or a forged one that carries them — leaves
 * those as they are instead of emptying or overwriting what they cannot see.
 */
export function savePrisonerInternal(
  actor: Actor,
  input: PrisonerInternalInput,
  context: WriteContext,
): Promise<{ version: number }> {
  return savePrisonerTab(
    actor,
    input,
    context,
    async ({ tx, current }) => {
      authorize(actor, "viewInternal", {
        type: "prisoner",
        state: current.state as "DRAFT" | "IN_REVIEW" | "PUBLISHED" | "ARCHIVED",
      });
      const fields = Object.fromEntries(
        readablePrisonerInternalFields(actor).map((field) => [field, input[field]]),
      );
      await tx.prisonerInternal.upsert({
        where: { prisonerId: input.id },
        create: { prisonerId: input.id, ...fields, updatedById: actor.id },
        update: { ...fields, updatedById: actor.id },
      });
    },
    { auditAction: "update_internal" },
  );
}
