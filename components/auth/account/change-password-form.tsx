"use client";

import { useTranslations } from "next-intl";
import { StaffForm } from "@/components/auth/staff-form";
import { TextInputField } from "@/components/dashboard/form/text-input-field";
import type { FormState } from "@/lib/actions/staff-action-state";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/validation/auth";

type RedirectAction = (state: FormState<never>, formData: FormData) => Promise<FormState<never>>;

/**
 * Current password, then the new one twice. Success ends the session and goes to sign-in, so
 * there is no success message here; the password fields always come back empty.
 */
export function ChangePasswordForm({
  action,
  email,
  permalink,
}: {
  action: RedirectAction;
  /** For password managers: which account the new password belongs to (not posted as input). */
  email: string;
  permalink: string;
}) {
  const t = useTranslations("Account.password");
  return (
    <StaffForm action={action} permalink={permalink} submitLabel={t("submit")} idPrefix="password-">
      <input type="email" autoComplete="username" defaultValue={email} hidden readOnly />
      <TextInputField
        name="currentPassword"
        type="password"
        label={t("current")}
        autoComplete="current-password"
        required
        maxLength={PASSWORD_MAX_LENGTH}
      />
      <TextInputField
        name="password"
        type="password"
        label={t("new")}
        hint={t("newHint", { min: PASSWORD_MIN_LENGTH })}
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN_LENGTH}
        maxLength={PASSWORD_MAX_LENGTH}
      />
      <TextInputField
        name="passwordConfirm"
        type="password"
        label={t("repeat")}
        autoComplete="new-password"
        required
        maxLength={PASSWORD_MAX_LENGTH}
      />
    </StaffForm>
  );
}
