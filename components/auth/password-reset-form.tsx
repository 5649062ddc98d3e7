"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormResult } from "@/components/auth/form-result";
import { NewPasswordFields } from "@/components/auth/new-password-fields";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextLink } from "@/components/ui/text-link";
import { initialAuthFormState, type AuthFormState } from "@/lib/auth/auth-form-state";
import { authRoutes } from "@/lib/routes";
import { PASSWORD_MIN_LENGTH } from "@/lib/validation/auth";

interface PasswordResetFormProps {
  action: (state: AuthFormState, formData: FormData) => Promise<AuthFormState>;
  token: string;
  permalink: string;
}

export function PasswordResetForm({ action, token, permalink }: PasswordResetFormProps) {
  const t = useTranslations("Auth");
  const [state, formAction, pending] = useActionState(action, initialAuthFormState, permalink);

  if (state.status === "done") {
    return (
      <FormResult resultKey={state}>
        <Alert tone="success" announce title={t("reset.done")}>
          <TextLink href={authRoutes.signIn()}>{t("reset.signInLink")}</TextLink>
        </Alert>
      </FormResult>
    );
  }
  const linkProblem =
    state.status === "expired" || state.status === "used" || state.status === "unknown";

  return (
    <div className="flex flex-col gap-6">
      <FormResult resultKey={state}>
        {linkProblem ? (
          <Alert tone="error" announce title={t(`reset.${state.status as "expired"}`)}>
            <TextLink href={authRoutes.passwordReset()}>{t("reset.requestNewLink")}</TextLink>
          </Alert>
        ) : state.status === "invalid" ? (
          <Alert tone="error" announce title={t("reset.invalid")} />
        ) : null}
      </FormResult>
      <form
        key={JSON.stringify(state)}
        action={formAction}
        noValidate
        className="flex flex-col gap-5"
      >
        <input type="hidden" name="token" value={token} />
        <NewPasswordFields
          labels={{
            password: t("reset.password"),
            passwordConfirm: t("reset.passwordConfirm"),
            hint: t("reset.passwordHint", { min: PASSWORD_MIN_LENGTH }),
          }}
          errors={state.fieldErrors}
        />
        <div>
          <Button type="submit" disabled={pending} aria-disabled={pending || undefined}>
            {pending ? t("reset.submitting") : t("reset.submit")}
          </Button>
        </div>
      </form>
    </div>
  );
}
