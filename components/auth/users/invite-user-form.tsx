"use client";

import { useTranslations } from "next-intl";
import { StaffForm } from "@/components/auth/staff-form";
import { SelectField } from "@/components/dashboard/form/select-field";
import { TextInputField } from "@/components/dashboard/form/text-input-field";
import type { FormState } from "@/lib/actions/staff-action-state";
import { EMAIL_MAX_LENGTH } from "@/lib/validation/auth";

interface InviteUserFormProps {
  action: (state: FormState<void>, formData: FormData) => Promise<FormState<void>>;
  permalink: string;
  roleOptions: { value: string; label: string }[];
}

export function InviteUserForm({ action, permalink, roleOptions }: InviteUserFormProps) {
  const t = useTranslations("Users.invite");
  return (
    <StaffForm
      action={action}
      permalink={permalink}
      submitLabel={t("submit")}
      successMessage={t("sent")}
      initialValues={{ role: "CONTRIBUTOR" }}
      resetOnSuccess
      idPrefix="invite-"
    >
      <TextInputField
        name="email"
        type="email"
        label={t("email")}
        autoComplete="off"
        required
        maxLength={EMAIL_MAX_LENGTH}
      />
      <SelectField name="role" label={t("role")} options={roleOptions} required />
    </StaffForm>
  );
}
