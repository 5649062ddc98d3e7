import {
  can,
  type Action,
  type Actor,
  type ContentType,
  type Resource,
  type ResourceType,
} from "@/lib/auth/policy";
import type { PRISONER_INTERNAL_FIELDS } from "@/lib/validation/prisoner-internal";

/**
 * The classes of data Vigil keeps, in one place, and the permission each asks for (need to know):
 *
 * - `public`: what the public site shows once published. Staff read it with `view`.
 * - `internal`: internal editorial data — drafts, working notes (PrisonerInternal.notes),
 *   staff-only source notes. Every staff role (`viewInternal`).
 * - `sensitive`: sensitive personal data — family, lawyer and health contacts, consent notes,
 *   reporters' contacts, signers' e-mail addresses. Editors and administrators (`viewSensitive`);
 *   signers' addresses keep their narrower rule, administrators only (`signature.viewEmail`).
 *
 * Every read of a sensitive field writes an audit row, and an export carrying one needs a recent
 * password confirmation (lib/export). Pure (no I/O): client components may import the redaction
 * marker, and the rules are unit-tested.
 */

export const DATA_CLASSES = ["public", "internal", "sensitive"] as const;
export type DataClass = (typeof DATA_CLASSES)[number];

/**
 * The staff-only fields of a prisoner (PrisonerInternal), each in its class, in the form's order.
 * Typed by the Internal tab's schema: a field added there does not compile until it is classed.
 */
export const PRISONER_INTERNAL_FIELD_CLASSES = {
  familyContacts: "sensitive",
  lawyerContacts: "sensitive",
  consentNotes: "sensitive",
  notes: "internal",
} as const satisfies Record<
  (typeof PRISONER_INTERNAL_FIELDS)[number],
  Exclude<DataClass, "public">
>;
export type PrisonerInternalField = keyof typeof PRISONER_INTERNAL_FIELD_CLASSES;

export const SENSITIVE_PRISONER_FIELDS = (
  Object.keys(PRISONER_INTERNAL_FIELD_CLASSES) as PrisonerInternalField[]
).filter((field) => PRISONER_INTERNAL_FIELD_CLASSES[field] === "sensitive");

/**
 * Every non-public field outside the editorial content, by model: what the audit, the exports and
 * the inbox must treat as such. Signature.email is sensitive with a narrower rule (see above).
 */
export const CLASSIFIED_FIELDS = {
  PrisonerInternal: PRISONER_INTERNAL_FIELD_CLASSES,
  InaccuracyReport: { contact: "sensitive" },
  Signature: { email: "sensitive" },
  /** Followers' addresses (lib/follows): no staff page shows them; omitted from every read. */
  Follower: { email: "sensitive", emailKey: "sensitive" },
} as const satisfies Record<string, Record<string, Exclude<DataClass, "public">>>;

/**
 * The permission that lets a role read a class of data about a resource type; null for public
 * data, which needs only `view`.
 */
export function classPermission(dataClass: DataClass, type: ResourceType): Action | null {
  if (dataClass === "public") return null;
  if (dataClass === "internal") return "viewInternal";
  // Signers' addresses: the older, stricter rule (administrators only) stays in force. Folding it
  // into viewSensitive would hand every editor the largest list of personal data Vigil holds.
  return type === "signature" ? "viewEmail" : "viewSensitive";
}

/** Whether the actor may read data of this class about items of this type. */
export function mayReadClass(
  actor: Pick<Actor, "role"> | null | undefined,
  dataClass: DataClass,
  type: ResourceType,
): boolean {
  const action = classPermission(dataClass, type);
  return can(actor, action ?? "view", { type } as Resource);
}

/** The PrisonerInternal fields this actor may read (and so write), in the form's order. */
export function readablePrisonerInternalFields(
  actor: Pick<Actor, "role"> | null | undefined,
): PrisonerInternalField[] {
  return (Object.keys(PRISONER_INTERNAL_FIELD_CLASSES) as PrisonerInternalField[]).filter((field) =>
    mayReadClass(actor, PRISONER_INTERNAL_FIELD_CLASSES[field], "prisoner"),
  );
}

/**
 * Where sensitive values sit in a content type's revision snapshot (lib/content-store): the
 * history, the compare view and the conflict notice hide them from roles without viewSensitive,
 * and a restore by such a role keeps the current values.
 */
export const SENSITIVE_SNAPSHOT_PATHS: Partial<
  Record<ContentType, readonly (readonly string[])[]>
> = {
  prisoner: SENSITIVE_PRISONER_FIELDS.map((field) => ["internal", field]),
};

/**
 * What a hidden sensitive value is replaced with in what a role without the permission is shown
 * (a field that changed stays listed, its values do not). An object, so no saved text can pass
 * for it; the history view and the conflict notice show it as a translated "hidden".
 */
export const REDACTED_VALUE = Object.freeze({ redacted: "sensitive" }) as { redacted: "sensitive" };

export function isRedactedValue(value: unknown): boolean {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    Object.keys(value).length === 1 &&
    (value as { redacted?: unknown }).redacted === "sensitive"
  );
}
