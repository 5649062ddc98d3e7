/**
 * Typed errors thrown by lib/data and lib/auth, mapped once to a status and a message by the
 * server-action wrapper and the route-handler wrapper. Problems with what a form sent are
 * InvalidFieldsError, shown next to the fields.
 */

/**
 * Field problems only the data can show (a taken slug, an unknown country, "already invited"):
 * thrown by lib/data and the content store's writes, shown by the action wrapper
 * (lib/actions/staff-action.ts) like schema errors, next to their fields. Values are message
 * codes of the action's `messages` namespace, keyed by the field's form path.
 */
export class InvalidFieldsError extends Error {
  override name = "InvalidFieldsError";
  constructor(readonly fieldErrors: Record<string, string>) {
    super(`Invalid fields: ${Object.keys(fieldErrors).join(", ")}`);
  }
}

/** The item does not exist, or the actor may not know that it exists. */
export class NotFoundError extends Error {
  override name = "NotFoundError";
  constructor(
    readonly entityType: string,
    readonly entityId?: string,
  ) {
    super(`${entityType}${entityId ? ` ${entityId}` : ""} not found.`);
  }
}

/** Signed out, or the policy (lib/auth/policy.ts) refuses the action. */
export class ForbiddenError extends Error {
  override name = "ForbiddenError";
  constructor(
    readonly action: string,
    readonly resourceType: string,
  ) {
    super(`Not allowed: ${action} on ${resourceType}.`);
  }
}

/**
 * Someone else saved the item after this user opened it (its version moved on). Carries what the
 * other person changed, so that the form can show it while keeping the user's own edits.
 */
export class ConflictError<Change = unknown> extends Error {
  override name = "ConflictError";
  constructor(
    readonly entityType: string,
    readonly entityId: string,
    /** The version the user's form was based on, and the version now in the database. */
    readonly expectedVersion: number,
    readonly currentVersion: number,
    /** The other person's changes between those versions, e.g. a list of field differences. */
    readonly changes: Change[],
    /** Who saved the current version, when known. */
    readonly changedBy?: string | null,
    /** When the current version was saved, when known. */
    readonly changedAt?: Date | null,
  ) {
    super(
      `${entityType} ${entityId} was changed by someone else (version ${expectedVersion} → ${currentVersion}).`,
    );
  }
}

/**
 * The actor must confirm their password (and authenticator code, when enrolled) again before
 * this read: sensitive personal data is exported only within a few minutes of a confirmation
 * (lib/auth/recent-confirmation.ts). Mapped to a redirect to the confirmation page (browsers) or
 * 401 with `reauthenticate` in the JSON body.
 */
export class ReauthenticationRequiredError extends Error {
  override name = "ReauthenticationRequiredError";
  constructor(readonly maxAgeSeconds: number) {
    super(`Confirm your password again (last confirmation older than ${maxAgeSeconds} s).`);
  }
}

/** The request's body is larger than the route accepts (413); refused before it is parsed. */
export class PayloadTooLargeError extends Error {
  override name = "PayloadTooLargeError";
  constructor(readonly limitBytes: number) {
    super(`The request body is larger than ${limitBytes} bytes.`);
  }
}
