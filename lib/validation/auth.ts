import { z } from "zod";

/**
 * Staff account forms: sign-in, invitations, password reset, user administration, two-step
 * verification. Error messages are keys of the "Auth.errors" messages (auth.{en,ru}.json).
 */

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;
export const NAME_MAX_LENGTH = 100;
export const EMAIL_MAX_LENGTH = 254;

export const ROLES = ["ADMIN", "EDITOR", "CONTRIBUTOR"] as const;

/**
 * A few of the most common passwords of 12 characters or more (from public breach lists): the
 * length rule alone would accept them.
 */
const COMMON_PASSWORDS = new Set([
  "123456789012",
  "1234567890123",
  "12345678910",
  "qwertyuiopasdfgh",
  "qwertyuiop123",
  "password1234",
  "password12345",
  "passwordpassword",
  "iloveyou1234",
  "111111111111",
  "000000000000",
  "aaaaaaaaaaaa",
  "abcdefghijkl",
  "abc123abc123",
  "qwerty123456",
  "1q2w3e4r5t6y",
  "letmein12345",
  "administrator",
  "welcome12345",
  "changeme1234",
]);

const email = z
  .string({ error: "emailRequired" })
  .trim()
  .min(1, { error: "emailRequired" })
  .max(EMAIL_MAX_LENGTH, { error: "emailInvalid" })
  .pipe(z.email({ error: "emailInvalid" }));

/** A new password: long enough, not one of the commonest. Never trimmed: spaces count. */
export const newPasswordSchema = z
  .string({ error: "passwordRequired" })
  .min(1, { error: "passwordRequired" })
  .min(PASSWORD_MIN_LENGTH, { error: "passwordTooShort" })
  .max(PASSWORD_MAX_LENGTH, { error: "passwordTooLong" })
  .refine((value) => !COMMON_PASSWORDS.has(value.toLowerCase()), { error: "passwordCommon" });

/** New password typed twice; the mismatch is reported on the second field. */
const newPasswordPair = {
  password: newPasswordSchema,
  passwordConfirm: z.string().optional(),
};
function passwordsMatch(
  value: { password: string; passwordConfirm?: string },
  ctx: z.RefinementCtx,
) {
  if (value.password !== (value.passwordConfirm ?? "")) {
    ctx.addIssue({ code: "custom", path: ["passwordConfirm"], message: "passwordMismatch" });
  }
}

export const signInSchema = z.object({
  email,
  // Any length: the rule for new passwords must not lock out a password set under an older rule.
  password: z
    .string({ error: "passwordRequired" })
    .min(1, { error: "passwordRequired" })
    .max(PASSWORD_MAX_LENGTH, { error: "passwordRequired" }),
});

export const signInCodeSchema = z.object({
  code: z
    .string({ error: "codeRequired" })
    .trim()
    .min(1, { error: "codeRequired" })
    .max(40, { error: "codeInvalid" }),
});

export const acceptInvitationSchema = z
  .object({
    token: z.string().min(1).max(200),
    name: z
      .string({ error: "nameRequired" })
      .trim()
      .min(1, { error: "nameRequired" })
      .max(NAME_MAX_LENGTH, { error: "nameTooLong" }),
    ...newPasswordPair,
  })
  .superRefine(passwordsMatch);

export const passwordResetRequestSchema = z.object({ email });

export const passwordResetSchema = z
  .object({ token: z.string().min(1).max(200), ...newPasswordPair })
  .superRefine(passwordsMatch);

export const inviteUserSchema = z.object({
  email,
  role: z.enum(ROLES, { error: "roleInvalid" }),
});

export const changeRoleSchema = z.object({
  userId: z.string().min(1).max(64),
  role: z.enum(ROLES, { error: "roleInvalid" }),
});

export const userIdSchema = z.object({ userId: z.string().min(1).max(64) });

export const invitationIdSchema = z.object({ invitationId: z.string().min(1).max(64) });

/** Confirming the authenticator app: the six digits it shows. */
export const totpConfirmSchema = z.object({
  code: z
    .string({ error: "codeRequired" })
    .trim()
    .min(1, { error: "codeRequired" })
    .transform((value) => value.replace(/[\s-]/g, ""))
    .pipe(z.string().regex(/^\d{6}$/, { error: "codeInvalid" })),
});

/** Turning two-step verification off: a current code or a recovery code. */
export const totpDisableSchema = signInCodeSchema;

export const accountNameSchema = z.object({
  name: z
    .string({ error: "nameRequired" })
    .trim()
    .min(1, { error: "nameRequired" })
    .max(NAME_MAX_LENGTH, { error: "nameTooLong" }),
});

/**
 * "Change password" on the account page: the current password (any length, as at sign-in), then
 * the new one twice under the rules for new passwords. A new password equal to the current one is
 * refused: the form would look like it did something.
 */
export const changePasswordSchema = z
  .object({
    currentPassword: z
      .string({ error: "currentPasswordRequired" })
      .min(1, { error: "currentPasswordRequired" })
      .max(PASSWORD_MAX_LENGTH, { error: "currentPasswordWrong" }),
    ...newPasswordPair,
  })
  .superRefine((value, ctx) => {
    passwordsMatch(value, ctx);
    if (value.password === value.currentPassword) {
      ctx.addIssue({ code: "custom", path: ["password"], message: "passwordSameAsCurrent" });
    }
  });

/**
 * "Confirm it is you" (dashboard/confirm): the password, and the authenticator code or a
 * recovery code when the account has two-step verification (required then by the action, which
 * knows); `next` is where to go afterwards, checked as a local path by the action.
 */
export const confirmIdentitySchema = z.object({
  password: z
    .string({ error: "passwordRequired" })
    .min(1, { error: "passwordRequired" })
    .max(PASSWORD_MAX_LENGTH, { error: "currentPasswordWrong" }),
  code: z.string().trim().max(40, { error: "codeInvalid" }).optional(),
  next: z.string().max(2000).optional(),
});
