import "server-only";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { mayEver, type Permission } from "@/lib/auth/policy";
import { getActor, type SessionActor } from "@/lib/auth/session";
import { ConflictError, ForbiddenError, InvalidFieldsError, NotFoundError } from "@/lib/errors";
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from "@/lib/postgres/unavailable";
import { RateLimitedError } from "@/lib/rate-limit";
import { reportDatabaseUnavailable } from "@/lib/logging/outage-log";
import { answerUnavailable } from "@/lib/logging/request-id";
import { getRequestContext, type RequestContext } from "@/lib/security/request-context";
import { formDataToInput, submittedValues } from "@/lib/actions/staff-action-form-data";
import type {
  FieldErrors,
  FormErrorCode,
  FormState,
  FormValues,
} from "@/lib/actions/staff-action-state";

export type {
  FieldErrors,
  FormConflict,
  FormErrorCode,
  FormState,
  FormValue,
  FormValues,
} from "@/lib/actions/staff-action-state";
export { initialFormState, formValue, formValueList } from "@/lib/actions/staff-action-state";

/**
 * The one wrapper for dashboard server actions used with `useActionState`:
 *
 *   1. the actor: signed out (or disabled, or role changed) → "session expired, sign in again";
 *      an administrator without two-step verification → "set it up first"; a role that may never
 *      do what the action declares (`permission`, checked with `mayEver`) → "not allowed";
 *   2. the form: FormData → nested object (staff-action-form-data.ts) → the zod schema; problems
 *      come back as translated messages keyed by field path;
 *   3. the handler, with `{ actor, input, context: { ip, userAgent }, formData }`; it authorises
 *      with can() next to the data (lib/data, lib/content-store) and throws typed errors;
 *   4. ForbiddenError, NotFoundError, ConflictError, RateLimitedError → an error state with a
 *      translated message; the database unreachable (lib/postgres/unavailable.ts), at any step
 *      from the session check to the handler's last write → "not saved, try again in a moment",
 *      never the error page, which would replace the form and what was typed. Anything else is
 *      a bug and is thrown on (the error page shows it).
 *
 * Every state carries the submitted values, so the form shows what the user typed after any
 * outcome, with or without JavaScript.
 *
 *   // lib/actions/prisoners/update-prisoner-basics.ts
 *   "use server";
 *   export const updatePrisonerBasics = staffAction(
 *     {
 *       permission: { action: "update", type: "prisoner" },
 *       schema: prisonerBasicsSchema,
 *       messages: "PrisonerEditor.errors",
 *     },
 *     async ({ actor, input, context }) => updateContent(actor, { ..., context }),
 *   );
 */

export interface StaffActionArgs<Input> {
  actor: SessionActor;
  input: Input;
  context: RequestContext;
  /** The raw submission, for what the schema does not carry (uploaded files). */
  formData: FormData;
}

export interface StaffActionOptions<Schema extends z.ZodType> {
  /**
   * What the action does, checked with `mayEver` before the form is read: a role that may never
   * do it is refused at once, whatever it sends. The handler still asks `can()` next to the data,
   * with the item's state. The authorisation matrix test reads these as the access policy.
   */
  permission: Permission;
  schema: Schema;
  /**
   * Message namespace of the schema's error codes: a zod issue whose message is a key there
   * (e.g. "slugFormat" in "PrisonerEditor.errors") is shown with that text; others get a
   * generic message for their kind ("This field is required", "At most 200 characters").
   */
  messages?: string;
  /**
   * Field names never echoed back into the form. Default: any name containing "password", and
   * "code" / "recoveryCode" (one-time codes).
   */
  omitFromValues?: (name: string) => boolean;
  /** Only for the TOTP enrolment actions: let an administrator who has not enrolled act. */
  allowPendingTwoFactor?: boolean;
}

// Field problems found by the write rather than the schema come back like schema errors.
export { InvalidFieldsError } from "@/lib/errors";

const defaultOmit = (name: string) => /password/i.test(name) || /^(code|recoveryCode)$/.test(name);

async function loadTranslator() {
  const [own, all] = await Promise.all([getTranslations("StaffAction"), getTranslations()]);
  return { own, all };
}
type Translator = Awaited<ReturnType<typeof loadTranslator>>;

/** The translated text of a message code: from the action's namespace, else generic. */
function translateCode(
  t: Translator,
  namespace: string | undefined,
  code: string,
  params: Record<string, string | number> = {},
): string | null {
  if (namespace && /^[A-Za-z0-9_]+$/.test(code) && t.all.has(`${namespace}.${code}` as never)) {
    return t.all(`${namespace}.${code}` as never, params as never);
  }
  return null;
}

function numberParam(value: unknown): number | undefined {
  return typeof value === "number" || typeof value === "bigint" ? Number(value) : undefined;
}

/** A generic message for a zod issue whose message is not one of the action's codes. */
function genericIssueMessage(t: Translator, issue: z.core.$ZodIssue): string {
  const min = numberParam((issue as { minimum?: unknown }).minimum);
  const max = numberParam((issue as { maximum?: unknown }).maximum);
  const origin = (issue as { origin?: string }).origin;
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined || issue.input === ""
        ? t.own("validation.required")
        : t.own("validation.invalidValue");
    case "too_small":
      if (origin === "string") {
        return (min ?? 0) <= 1
          ? t.own("validation.required")
          : t.own("validation.tooShort", { min: min ?? 0 });
      }
      if (origin === "array" || origin === "set") {
        return t.own("validation.tooFewItems", { min: min ?? 0 });
      }
      return t.own("validation.tooSmall", { min: String(min ?? "") });
    case "too_big":
      if (origin === "string") return t.own("validation.tooLong", { max: max ?? 0 });
      if (origin === "array" || origin === "set") {
        return t.own("validation.tooManyItems", { max: max ?? 0 });
      }
      return t.own("validation.tooBig", { max: String(max ?? "") });
    case "invalid_format":
      return t.own("validation.invalidFormat");
    default:
      return t.own("validation.invalidValue");
  }
}

function issueParams(issue: z.core.$ZodIssue): Record<string, string | number> {
  const params: Record<string, string | number> = {};
  const min = numberParam((issue as { minimum?: unknown }).minimum);
  const max = numberParam((issue as { maximum?: unknown }).maximum);
  if (min !== undefined) params.min = min;
  if (max !== undefined) params.max = max;
  const custom = (issue as { params?: Record<string, unknown> }).params;
  for (const [key, value] of Object.entries(custom ?? {})) {
    if (typeof value === "string" || typeof value === "number") params[key] = value;
  }
  return params;
}

/** The zod issues as translated messages keyed by path; the first problem of a field wins. */
export function translateIssues(
  t: Translator,
  namespace: string | undefined,
  issues: readonly z.core.$ZodIssue[],
): { fieldErrors: FieldErrors; formError: string | null } {
  const fieldErrors: FieldErrors = {};
  let formError: string | null = null;
  for (const issue of issues) {
    const path = issue.path.map(String).join(".");
    const message =
      translateCode(t, namespace, issue.message, issueParams(issue)) ??
      genericIssueMessage(t, issue);
    if (path === "") formError ??= message;
    else fieldErrors[path] ??= message;
  }
  return { fieldErrors, formError };
}

function errorState(
  values: FormValues,
  code: FormErrorCode,
  message: string,
  extra: Partial<Extract<FormState, { status: "error" }>> = {},
): Extract<FormState<never>, { status: "error" }> {
  return { status: "error", values, code, message, ...extra };
}

/** Maps the typed errors of lib/errors.ts and lib/rate-limit; null for anything else. */
function refusalState(
  t: Translator,
  values: FormValues,
  error: unknown,
): Extract<FormState<never>, { status: "error" }> | null {
  if (error instanceof ForbiddenError) {
    return errorState(values, "forbidden", t.own("forbidden"));
  }
  if (error instanceof NotFoundError) {
    return errorState(values, "not-found", t.own("notFound"));
  }
  if (error instanceof ConflictError) {
    return errorState(values, "conflict", t.own("conflict"), {
      conflict: {
        entityType: error.entityType,
        entityId: error.entityId,
        expectedVersion: error.expectedVersion,
        currentVersion: error.currentVersion,
        changes: error.changes,
        changedBy: error.changedBy ?? null,
        changedAt: error.changedAt?.toISOString() ?? null,
      },
    });
  }
  if (error instanceof RateLimitedError) {
    return errorState(
      values,
      "rate-limited",
      t.own("rateLimited", { minutes: Math.ceil(error.retryAfterSeconds / 60) }),
      { retryAfterSeconds: error.retryAfterSeconds },
    );
  }
  return null;
}

type Outcome<Result> =
  { done: true; result: Result; values: FormValues } | { done: false; state: FormState<never> };

async function runStaffAction<Schema extends z.ZodType, Result>(
  options: StaffActionOptions<Schema>,
  handler: (args: StaffActionArgs<z.output<Schema>>) => Promise<Result>,
  formData: FormData,
): Promise<Outcome<Result>> {
  const values = submittedValues(formData, options.omitFromValues ?? defaultOmit);
  const t = await loadTranslator();
  try {
    return await runGuardedSteps(options, handler, formData, values, t);
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    // A transaction that lost its connection is rolled back by PostgreSQL: nothing was saved. (In
    // the one gap where COMMIT went out and its answer was lost, saving again meets the version
    // check (or, for a new item, the unique slug) and says so rather than writing twice.)
    reportDatabaseUnavailable(error);
    answerUnavailable(DATABASE_RETRY_AFTER_SECONDS);
    return {
      done: false,
      state: errorState(values, "unavailable", t.all("Outage.staffActionUnavailable"), {
        retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS,
      }),
    };
  }
}

async function runGuardedSteps<Schema extends z.ZodType, Result>(
  options: StaffActionOptions<Schema>,
  handler: (args: StaffActionArgs<z.output<Schema>>) => Promise<Result>,
  formData: FormData,
  values: FormValues,
  t: Translator,
): Promise<Outcome<Result>> {
  const actor = await getActor();
  if (!actor) {
    return { done: false, state: errorState(values, "signed-out", t.own("signedOut")) };
  }
  if (actor.needsTwoFactorEnrolment && !options.allowPendingTwoFactor) {
    return {
      done: false,
      state: errorState(values, "two-factor-required", t.own("twoFactorRequired")),
    };
  }
  if (!mayEver(actor, options.permission.action, options.permission.type)) {
    return { done: false, state: errorState(values, "forbidden", t.own("forbidden")) };
  }

  const parsed = await options.schema.safeParseAsync(formDataToInput(formData));
  if (!parsed.success) {
    const { fieldErrors, formError } = translateIssues(t, options.messages, parsed.error.issues);
    return {
      done: false,
      state: {
        status: "invalid",
        values,
        fieldErrors,
        message: formError ?? t.own("invalid"),
      },
    };
  }

  try {
    const result = await handler({
      actor,
      input: parsed.data,
      context: await getRequestContext(),
      formData,
    });
    return { done: true, result, values };
  } catch (error) {
    if (error instanceof InvalidFieldsError) {
      const fieldErrors: FieldErrors = {};
      for (const [path, code] of Object.entries(error.fieldErrors)) {
        fieldErrors[path] =
          translateCode(t, options.messages, code) ?? t.own("validation.invalidValue");
      }
      return {
        done: false,
        state: { status: "invalid", values, fieldErrors, message: t.own("invalid") },
      };
    }
    const refusal = refusalState(t, values, error);
    if (refusal) return { done: false, state: refusal };
    throw error;
  }
}

/** A dashboard server action for `useActionState` (see the top of this file). */
export function staffAction<Schema extends z.ZodType, Result = void>(
  options: StaffActionOptions<Schema>,
  handler: (args: StaffActionArgs<z.output<Schema>>) => Promise<Result>,
): (previous: FormState<Result>, formData: FormData) => Promise<FormState<Result>> {
  return async (_previous, formData) => {
    const outcome = await runStaffAction(options, handler, formData);
    return outcome.done
      ? { status: "success", values: outcome.values, result: outcome.result }
      : outcome.state;
  };
}

/**
 * The same, for actions that end somewhere else (create → the new item's page): the handler
 * returns the path to go to, and the action redirects there after success. Failures come back as
 * form states like staffAction's.
 */
export function staffRedirectAction<Schema extends z.ZodType>(
  options: StaffActionOptions<Schema>,
  handler: (args: StaffActionArgs<z.output<Schema>>) => Promise<string>,
): (previous: FormState<never>, formData: FormData) => Promise<FormState<never>> {
  return async (_previous, formData) => {
    const outcome = await runStaffAction(options, handler, formData);
    if (outcome.done) redirect(outcome.result);
    return outcome.state;
  };
}
