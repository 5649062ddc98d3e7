import { z } from "zod";
import { routing, type Locale } from "@/lib/i18n/routing";
import { followTargetOfForm, type FollowTargetRef } from "@/lib/follows/follow-target-ref";
import { formText } from "@/lib/validation/form-text";

/**
 * The follow form (components/follow/follow-form.tsx) and what the route handler accepts from it:
 * an address, a cadence, the page's locale and the target in hidden fields. Error codes map to the
 * "Follow.errors.<field>.<code>" messages, one sentence per problem and language. The lost-link
 * form's address is checked with the same rule.
 */

export const FOLLOW_EMAIL_MAX = 254;
export const FOLLOW_CADENCES = ["INSTANT", "WEEKLY"] as const;
export type FollowCadenceChoice = (typeof FOLLOW_CADENCES)[number];

/** The hidden honeypot field: invisible, skipped by the keyboard, filled only by robots. */
export const FOLLOW_HONEYPOT_FIELD = "website";

export type FollowEmailError = "required" | "tooLong" | "controlCharacters" | "invalid";
export interface FollowFieldErrors {
  email?: FollowEmailError;
  cadence?: "required";
}

/** What the person typed, echoed back so that a form with errors keeps it. */
export interface FollowValues {
  email: string;
  cadence: string;
}

export const emptyFollowValues: FollowValues = { email: "", cadence: "INSTANT" };

const CONTROL_CHARACTERS = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;

export const followEmailSchema = z
  .string()
  .trim()
  .refine((value) => value.length > 0, { error: "required", abort: true })
  .refine((value) => !CONTROL_CHARACTERS.test(value), { error: "controlCharacters", abort: true })
  .refine((value) => value.length <= FOLLOW_EMAIL_MAX, { error: "tooLong", abort: true })
  .pipe(z.email({ error: "invalid" }));

const followSchema = z.object({
  email: followEmailSchema,
  cadence: z.enum(FOLLOW_CADENCES, { error: "required" }),
});

export interface FollowInput {
  email: string;
  cadence: FollowCadenceChoice;
  locale: Locale;
  target: FollowTargetRef;
}

export type ParsedFollowForm =
  | { success: true; data: FollowInput; values: FollowValues; honeypotFilled: boolean }
  | {
      success: false;
      errors: FollowFieldErrors;
      values: FollowValues;
      /** The hidden fields (target, locale) were missing or altered: no field to point at. */
      formTampered: boolean;
      honeypotFilled: boolean;
    };

export function parseFollowForm(formData: FormData): ParsedFollowForm {
  const values: FollowValues = {
    email: formText(formData, "email"),
    cadence: formText(formData, "cadence"),
  };
  const honeypotFilled = formText(formData, FOLLOW_HONEYPOT_FIELD).trim() !== "";
  const target = followTargetOfForm(formData);
  const locale = routing.locales.find((entry) => entry === formText(formData, "locale"));
  const parsed = followSchema.safeParse(values);
  if (!parsed.success || !target || !locale) {
    const errors: FollowFieldErrors = {};
    for (const issue of parsed.error?.issues ?? []) {
      const field = issue.path[0];
      if (field === "email" && !errors.email) errors.email = emailErrorOf(issue.message);
      if (field === "cadence") errors.cadence = "required";
    }
    return { success: false, errors, values, formTampered: !target || !locale, honeypotFilled };
  }
  return {
    success: true,
    data: { email: parsed.data.email, cadence: parsed.data.cadence, locale, target },
    values,
    honeypotFilled,
  };
}

/** The error code of an e-mail issue (zod's own message for a malformed address is "invalid"). */
export function emailErrorOf(message: string): FollowEmailError {
  return message === "required" || message === "tooLong" || message === "controlCharacters"
    ? message
    : "invalid";
}
