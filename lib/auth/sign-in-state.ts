import type authMessages from "@/lib/i18n/messages/features/auth.en.json";

/**
 * The sign-in form's state, as its server action returns it (lib/actions/auth/sign-in.ts). In a
 * module of its own, without server code, so that the form component can import it.
 */
export type AuthErrorCode = keyof (typeof authMessages)["Auth"]["errors"];

export type SignInField = "email" | "password" | "code";

export interface SignInState {
  /** The password step, or the authenticator-code step that follows a right password. */
  step: "password" | "code";
  status: "idle" | "invalid" | "failed" | "rate-limited" | "expired";
  /** The address typed (never the password): shown again in the form. */
  email: string;
  fieldErrors: Partial<Record<SignInField, AuthErrorCode>>;
  retryAfterMinutes?: number;
}

export const initialSignInState: SignInState = {
  step: "password",
  status: "idle",
  email: "",
  fieldErrors: {},
};
