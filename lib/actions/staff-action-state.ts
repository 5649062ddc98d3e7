/**
 * The state a dashboard form gets back from its server action (lib/actions/staff-action.ts), in
 * a module without server code so that client components can import the initial state.
 *
 * Every state carries `values`: what the user submitted, keyed by field name exactly as posted
 * ("name.en", "cases.0.court"), so that a form re-renders it after any outcome, with or without
 * JavaScript. Passwords and one-time codes are never echoed (see staffAction's `omitFromValues`).
 */

/** One submitted field: a string, or several strings for repeated names (checkbox groups). */
export type FormValue = string | string[];
export type FormValues = Record<string, FormValue>;

/** Translated messages keyed by the field path ("email", "name.en", "cases.0.court"). */
export type FieldErrors = Record<string, string>;

/** Why an action was refused, for forms that react to the kind and not only show the message. */
export type FormErrorCode =
  /** No valid session (expired, signed out elsewhere, user disabled or role changed). */
  | "signed-out"
  /** An administrator who must enrol an authenticator app first. */
  | "two-factor-required"
  /** The policy refuses this actor (lib/auth/policy.ts). */
  | "forbidden"
  | "not-found"
  /** Someone else saved first; see `conflict`. */
  | "conflict"
  | "rate-limited"
  /** The database could not be reached: nothing was saved; the form keeps what was typed. */
  | "unavailable";

/** What the other person changed, from ConflictError, for the form's conflict notice. */
export interface FormConflict {
  entityType: string;
  entityId: string;
  expectedVersion: number;
  currentVersion: number;
  /** The content store's field differences ({ path, label?, before, after }). */
  changes: unknown[];
  changedBy: string | null;
  /** When the current version was saved (ISO 8601), when known. */
  changedAt?: string | null;
}

export type FormState<Result = unknown> =
  | { status: "idle"; values: FormValues }
  | {
      status: "success";
      values: FormValues;
      /** What the handler returned (e.g. the new version, a one-time display such as codes). */
      result: Result;
    }
  | {
      status: "invalid";
      values: FormValues;
      fieldErrors: FieldErrors;
      /** A summary for the top of the form (or the problem with the form as a whole). */
      message: string;
    }
  | {
      status: "error";
      values: FormValues;
      code: FormErrorCode;
      message: string;
      conflict?: FormConflict;
      /** For "rate-limited" and "unavailable": seconds until the next attempt is worth making. */
      retryAfterSeconds?: number;
    };

/** The state before the first submission; pass `{ status: "idle", values }` to pre-fill. */
export const initialFormState: FormState<never> = { status: "idle", values: {} };

/** One submitted value as a string (the first, for repeated names); "" when absent. */
export function formValue(values: FormValues, name: string): string {
  const value = values[name];
  return Array.isArray(value) ? (value[0] ?? "") : (value ?? "");
}

/** All submitted values of a name (checkbox groups, multi-selects). */
export function formValueList(values: FormValues, name: string): string[] {
  const value = values[name];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}
