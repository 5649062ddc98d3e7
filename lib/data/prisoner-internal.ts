import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import {
  PRISONER_INTERNAL_FIELD_CLASSES,
  readablePrisonerInternalFields,
  type PrisonerInternalField,
} from "@/lib/auth/data-classes";
import type { Actor } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { RequestContext } from "@/lib/security/request-context";

/**
 * The profile editor's Internal tab: the staff-only PrisonerInternal, need to know. Every staff
 * role reads the working notes (internal class); only roles with viewSensitive read the family
 * and lawyer contacts and the consent notes, and each time they are shown one audit row says
 * who opened which profile's contacts, when and from where.
 */

export interface PrisonerInternalView {
  /** The fields this actor may read and change, in the form's order. */
  fields: PrisonerInternalField[];
  /** The stored values of those fields only (no key for a field the actor may not read). */
  values: Partial<Record<PrisonerInternalField, string | null>>;
  /** Some fields of this tab are hidden from the actor (the form says so). */
  hidesSensitive: boolean;
}

/** The Internal tab for this actor; NotFoundError for an unknown profile. */
export async function getPrisonerInternalForEditing(
  actor: Actor,
  id: string,
  context: Partial<RequestContext> = {},
): Promise<PrisonerInternalView> {
  authorize(actor, "viewInternal", { type: "prisoner" });
  const fields = readablePrisonerInternalFields(actor);
  // Fields the actor may not read are not even selected.
  const select = Object.fromEntries(fields.map((field) => [field, true])) as Record<
    PrisonerInternalField,
    true
  >;
  const prisoner = await prisma.prisoner.findUnique({
    where: { id },
    select: { state: true, internal: { select } },
  });
  if (!prisoner) throw new NotFoundError("Prisoner", id);
  authorize(actor, "viewInternal", { type: "prisoner", state: prisoner.state });

  const stored = (prisoner.internal ?? {}) as Partial<Record<PrisonerInternalField, string | null>>;
  const values = Object.fromEntries(fields.map((field) => [field, stored[field] ?? null]));
  const sensitiveShown = fields.filter(
    (field) => PRISONER_INTERNAL_FIELD_CLASSES[field] === "sensitive" && stored[field],
  );
  if (sensitiveShown.length > 0) {
    await recordAudit(prisma, {
      actor,
      action: "prisoner.view_sensitive",
      entityType: "Prisoner",
      entityId: id,
      ip: context.ip,
      userAgent: context.userAgent,
      details: { fields: sensitiveShown, view: "internal_tab" },
    });
  }
  return {
    fields,
    values,
    hidesSensitive: fields.length < Object.keys(PRISONER_INTERNAL_FIELD_CLASSES).length,
  };
}
