"use client";

import { useTranslations } from "next-intl";
import { StaffForm } from "@/components/auth/staff-form";
import type { FormState } from "@/lib/actions/staff-action-state";

interface RevokeInvitationFormProps {
  action: (state: FormState<void>, formData: FormData) => Promise<FormState<void>>;
  invitation: { id: string; email: string };
  permalink: string;
}

export function RevokeInvitationForm({ action, invitation, permalink }: RevokeInvitationFormProps) {
  const t = useTranslations("Users.invitations");
  return (
    <StaffForm
      action={action}
      permalink={permalink}
      submitLabel={t("revoke")}
      submitAriaLabel={t("revokeLabel", { email: invitation.email })}
      submitVariant="secondary"
      successMessage={t("revoked")}
    >
      <input type="hidden" name="invitationId" value={invitation.id} />
    </StaffForm>
  );
}
