import type { z } from "zod";
import type { AuthErrorCode } from "@/lib/auth/sign-in-state";
import type authMessages from "@/lib/i18n/messages/features/auth.en.json";

type ErrorKey = keyof (typeof authMessages)["Auth"]["errors"];

const KNOWN = new Set<string>([
  "emailRequired",
  "emailInvalid",
  "passwordRequired",
  "passwordTooShort",
  "passwordTooLong",
  "passwordCommon",
  "passwordMismatch",
  "nameRequired",
  "nameTooLong",
  "codeRequired",
  "codeInvalid",
  "wrongCode",
  "roleInvalid",
  "alreadyMember",
] satisfies ErrorKey[]);

/**
 * The first error code of each field of the signed-out forms (sign-in, invitation, password
 * reset), as keys of "Auth.errors"; the form translates them. An issue without one of those
 * codes (a tampered hidden field) is reported on the field as "invalid".
 */
export function authFieldErrors<Field extends string>(
  issues: readonly z.core.$ZodIssue[],
  fields: readonly Field[],
): Partial<Record<Field, AuthErrorCode>> {
  const errors: Partial<Record<Field, AuthErrorCode>> = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? "") as Field;
    if (!fields.includes(field) || errors[field]) continue;
    errors[field] = (KNOWN.has(issue.message) ? issue.message : "codeInvalid") as AuthErrorCode;
  }
  return errors;
}
