"use client";

import { useTranslations } from "next-intl";
import { StaffForm } from "@/components/auth/staff-form";
import { SelectField } from "@/components/dashboard/form/select-field";
import type { FormState } from "@/lib/actions/staff-action-state";

type Action = (state: FormState<void>, formData: FormData) => Promise<FormState<void>>;

interface UserRowActionsProps {
  user: { id: string; name: string; role: string; disabled: boolean };
  actions: { changeRole: Action; disable: Action; enable: Action };
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
      {user.disabled ? (
        <StaffForm
          action={actions.enable}
          permalink={permalink}
          submitLabel={t("enable")}
          submitAriaLabel={t("enableLabel", { name: user.name })}
          submitVariant="secondary"
          successMessage={t("userEnabled")}
        >
          <input type="hidden" name="userId" value={user.id} />
        </StaffForm>
      ) : (
        <StaffForm
          action={actions.disable}
          permalink={permalink}
          submitLabel={t("disable")}
          submitAriaLabel={t("disableLabel", { name: user.name })}
          submitVariant="secondary"
          successMessage={t("userDisabled")}
        >
          <input type="hidden" name="userId" value={user.id} />
        </StaffForm>
      )}
    </div>
  );
}
