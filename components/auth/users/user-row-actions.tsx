"use client";

import { useTranslations } from "next-intl";
import { StaffForm } from "@/components/auth/staff-form";
import { SelectField } from "@/components/dashboard/form/select-field";
import type { FormState } from "@/lib/actions/staff-action-state";

type Action<Result = void> = (
  state: FormState<Result>,
  formData: FormData,
) => Promise<FormState<Result>>;

interface UserRowActionsProps {
  user: { id: string; name: string; role: string; disabled: boolean };
  actions: { changeRole: Action; setDisabled: Action<{ disabled: boolean }> };
  roleOptions: { value: string; label: string }[];
  permalink: string;
}

/** Change role and disable/enable, for one user of the list (each a form of its own). */
export function UserRowActions({ user, actions, roleOptions, permalink }: UserRowActionsProps) {
  const t = useTranslations("Users");
  return (
    <div className="flex flex-col gap-3">
      <StaffForm
        action={actions.changeRole}
        permalink={permalink}
        submitLabel={t("saveRole")}
        submitVariant="secondary"
        successMessage={t("roleChanged")}
        initialValues={{ role: user.role }}
        idPrefix={`role-${user.id}-`}
        layout="inline"
      >
        <input type="hidden" name="userId" value={user.id} />
        <SelectField name="role" label={t("roleFor", { name: user.name })} options={roleOptions} />
      </StaffForm>
      <StaffForm
        action={actions.setDisabled}
        permalink={permalink}
        submitLabel={user.disabled ? t("enable") : t("disable")}
        submitAriaLabel={t(user.disabled ? "enableLabel" : "disableLabel", { name: user.name })}
        submitVariant="secondary"
        successMessage={(result) => (result.disabled ? t("userDisabled") : t("userEnabled"))}
      >
        <input type="hidden" name="userId" value={user.id} />
        <input type="hidden" name="disabled" value={user.disabled ? "false" : "true"} />
      </StaffForm>
    </div>
  );
}
