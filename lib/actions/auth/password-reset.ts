"use server";

import { authFieldErrors } from "@/lib/auth/auth-form-errors";
import type { AuthFormState } from "@/lib/auth/auth-form-state";
import { staffLinkOrigin } from "@/lib/auth/link-origin";
import { requestPasswordReset, resetPassword } from "@/lib/auth/password-reset";
import { knownLocaleOr } from "@/lib/i18n/routing";
import { RateLimitedError } from "@/lib/rate-limit";
import { getRequestContext } from "@/lib/security/request-context";
import { passwordResetRequestSchema, passwordResetSchema } from "@/lib/validation/auth";
import { formText } from "@/lib/validation/form-text";

/**
 * "Forgot your password?": the same answer whether or not the address has an account (only a
 * malformed address or too many requests are told apart).
 */
export async function requestPasswordResetAction(
  _previous: AuthFormState,
  formData: FormData,
): Promise<AuthFormState> {
  const locale = knownLocaleOr(formText(formData, "locale"));
  const values = { email: formText(formData, "email") };
  const parsed = passwordResetRequestSchema.safeParse(values);
  if (!parsed.success) {
    return {
      status: "invalid",
      values,
      fieldErrors: authFieldErrors(parsed.error.issues, ["email"]),
    };
  }
  const origin = await staffLinkOrigin();
  try {
    await requestPasswordReset(
      { email: parsed.data.email, locale },
      (token) => `${origin}/${locale}/password-reset/${token}`,
      await getRequestContext(),
    );
  } catch (error) {
    if (error instanceof RateLimitedError) {
      return {
        status: "rate-limited",
        values,
        fieldErrors: {},
        retryAfterMinutes: Math.ceil(error.retryAfterSeconds / 60),
      };
    }
    throw error;
  }
  return { status: "done", values: {}, fieldErrors: {} };
}

/** The reset link's form: the new password, twice. */
export async function resetPasswordAction(
  _previous: AuthFormState,
  formData: FormData,
): Promise<AuthFormState> {
  const parsed = passwordResetSchema.safeParse({
    token: formText(formData, "token"),
    password: formText(formData, "password"),
    passwordConfirm: formText(formData, "passwordConfirm"),
  });
  if (!parsed.success) {
    return {
      status: "invalid",
      values: {},
      fieldErrors: authFieldErrors(parsed.error.issues, ["password", "passwordConfirm"]),
    };
  }
  const outcome = await resetPassword(parsed.data, await getRequestContext());
  return { status: outcome === "valid" ? "done" : outcome, values: {}, fieldErrors: {} };
}
