"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormResult } from "@/components/auth/form-result";
import { NewPasswordFields } from "@/components/auth/new-password-fields";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { TextLink } from "@/components/ui/text-link";
import { initialAuthFormState, type AuthFormState } from "@/lib/auth/auth-form-state";
import { authRoutes } from "@/lib/routes";
import { NAME_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/validation/auth";

interface AcceptInvitationFormProps {
  action: (state: AuthFormState, formData: FormData) => Promise<AuthFormState>;
  token: string;
  permalink: string;
}

export function AcceptInvitationForm({ action, token, permalink }: AcceptInvitationFormProps) {
  const t = useTranslations("Auth");
  const [state, formAction, pending] = useActionState(action, initialAuthFormState, permalink);

  if (state.status === "done") {
    return (
      <FormResult resultKey={state}>
        <Alert tone="success" announce title={t("invitation.accepted")}>
          <TextLink href={authRoutes.signIn()}>{t("invitation.signInLink")}</TextLink>
        </Alert>
      </FormResult>
    );
  }
  const problem =
    state.status === "expired" ||
    state.status === "used" ||
    state.status === "revoked" ||
    state.status === "unknown"
      ? t(`invitation.${state.status}`)
      : state.status === "invalid"
        ? t("invitation.invalid")
        : null;
  const nameError = state.fieldErrors.name;

  return (
    <div className="flex flex-col gap-6">
      <FormResult resultKey={state}>
        {problem ? <Alert tone="error" announce title={problem} /> : null}
      </FormResult>
      <form
        key={JSON.stringify(state)}
        action={formAction}
        noValidate
        className="flex flex-col gap-5"
      >
        <input type="hidden" name="token" value={token} />
        <TextField
          name="name"
          label={t("invitation.name")}
          hint={t("invitation.nameHint")}
          autoComplete="name"
          required
          requiredLabel={t("required")}
          maxLength={NAME_MAX_LENGTH}
          defaultValue={state.values.name ?? ""}
          error={nameError ? t(`errors.${nameError}`, { max: NAME_MAX_LENGTH }) : undefined}
        />
        <NewPasswordFields
          labels={{
            password: t("invitation.password"),
            passwordConfirm: t("invitation.passwordConfirm"),
            hint: t("invitation.passwordHint", { min: PASSWORD_MIN_LENGTH }),
          }}
          errors={state.fieldErrors}
        />
        <div>
          <Button type="submit" disabled={pending} aria-disabled={pending || undefined}>
            {pending ? t("invitation.submitting") : t("invitation.submit")}
          </Button>
        </div>
      </form>
    </div>
  );
}
