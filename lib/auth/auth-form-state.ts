import type { AuthErrorCode } from "@/lib/auth/sign-in-state";

/**
 * State of the signed-out account forms (accepting an invitation, asking for and using a
 * password-reset link), as their actions return it. Passwords are never in `values`.
 */
export interface AuthFormState {
  status:
    | "idle"
    | "invalid"
    | "done"
    | "rate-limited"
    /** The link's own problems, found when the form is submitted. */
    | "expired"
    | "used"
    | "revoked"
    | "unknown";
  values: Record<string, string>;
  fieldErrors: Partial<Record<string, AuthErrorCode>>;
  retryAfterMinutes?: number;
}

export const initialAuthFormState: AuthFormState = { status: "idle", values: {}, fieldErrors: {} };
