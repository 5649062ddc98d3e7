"use client";

import { useTranslations } from "next-intl";
import { StaffForm } from "@/components/auth/staff-form";
import { TextInputField } from "@/components/dashboard/form/text-input-field";
import type { FormState } from "@/lib/actions/staff-action-state";
import { PASSWORD_MAX_LENGTH } from "@/lib/validation/auth";

type RedirectAction = (state: FormState<never>, formData: FormData) => Promise<FormState<never>>;

/**
 * "Confirm it is you": the password, and the authenticator code when the account has two-step
 * verification. Success goes on to the page that asked, so there is no success message; the
 * password and the code always come back empty (staffAction never echoes them).
 */
export function ConfirmIdentityForm({
  action,
  email,
  next,
  needsCode,
  permalink,
}: {
  action: RedirectAction;
  /** For password managers: which account the password belongs to (not posted as input). */
  email: string;
  /** Where to go afterwards (checked again by the action). */
  next: string | null;
  needsCode: boolean;
  permalink: string;
}) {
  const t = useTranslations("Auth.confirm");
  return (
    <StaffForm action={action} permalink={permalink} submitLabel={t("submit")} idPrefix="confirm-">
      <input type="email" autoComplete="username" defaultValue={email} hidden readOnly />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <TextInputField
        name="password"
        type="password"
        label={t("password")}
        autoComplete="current-password"
        required
        maxLength={PASSWORD_MAX_LENGTH}
      />
      {needsCode ? (
        <TextInputField
          name="code"
          label={t("code")}
          hint={t("codeHint")}
          autoComplete="one-time-code"
          inputMode="text"
          required
          maxLength={40}
          className="max-w-xs font-mono"
        />
      ) : null}
    </StaffForm>
  );
}
