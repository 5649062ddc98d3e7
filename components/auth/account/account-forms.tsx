"use client";

import { useTranslations } from "next-intl";
import { StaffForm } from "@/components/auth/staff-form";
import { TextInputField } from "@/components/dashboard/form/text-input-field";
import type { FormState } from "@/lib/actions/staff-action-state";
import { NAME_MAX_LENGTH } from "@/lib/validation/auth";

type Action = (state: FormState<void>, formData: FormData) => Promise<FormState<void>>;
type RedirectAction = (state: FormState<never>, formData: FormData) => Promise<FormState<never>>;

export function AccountNameForm({
  action,
  name,
  permalink,
}: {
  action: Action;
  name: string;
  permalink: string;
}) {
  const t = useTranslations("Account.details");
  return (
    <StaffForm
      action={action}
      permalink={permalink}
      submitLabel={t("save")}
      successMessage={t("saved")}
      initialValues={{ name }}
      idPrefix="account-"
    >
      <TextInputField
        name="name"
        label={t("name")}
        autoComplete="name"
        required
        maxLength={NAME_MAX_LENGTH}
      />
    </StaffForm>
  );
}

export function DisableTwoFactorForm({ action, permalink }: { action: Action; permalink: string }) {
  const t = useTranslations("Account.twoFactor");
  return (
    <StaffForm
      action={action}
      permalink={permalink}
      submitLabel={t("disable")}
      submitVariant="secondary"
      successMessage={t("disabled")}
      idPrefix="totp-off-"
    >
      <TextInputField
        name="code"
        label={t("disableCode")}
        autoComplete="one-time-code"
        required
        className="max-w-xs font-mono"
      />
    </StaffForm>
  );
}

export function SignOutEverywhereForm({
  action,
  permalink,
}: {
  action: RedirectAction;
  permalink: string;
}) {
  const t = useTranslations("Account.sessions");
  return (
    <StaffForm
      action={action}
      permalink={permalink}
      submitLabel={t("signOutEverywhere")}
      submitVariant="secondary"
    />
  );
}
