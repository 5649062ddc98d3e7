"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormResult } from "@/components/auth/form-result";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { TextLink } from "@/components/ui/text-link";
import { initialAuthFormState, type AuthFormState } from "@/lib/auth/auth-form-state";
import { authRoutes } from "@/lib/routes";

interface PasswordResetRequestFormProps {
  action: (state: AuthFormState, formData: FormData) => Promise<AuthFormState>;
  locale: string;
  permalink: string;
}

export function PasswordResetRequestForm({
  action,
  locale,
  permalink,
}: PasswordResetRequestFormProps) {
  const t = useTranslations("Auth");
  const [state, formAction, pending] = useActionState(action, initialAuthFormState, permalink);
  const emailError = state.fieldErrors.email;
  const result =
    state.status === "done" ? (
      <Alert tone="success" announce title={t("reset.sent")} />
    ) : state.status === "rate-limited" ? (
      <Alert
        tone="error"
        announce
        title={t("reset.rateLimited", { minutes: state.retryAfterMinutes ?? 60 })}
      />
    ) : state.status === "invalid" ? (
      <Alert tone="error" announce title={t("reset.invalid")} />
    ) : null;

  return (
    <div className="flex flex-col gap-6">
      <FormResult resultKey={state}>{result}</FormResult>
      <form
        key={JSON.stringify(state)}
        action={formAction}
        noValidate
        className="flex flex-col gap-5"
      >
        <input type="hidden" name="locale" value={locale} />
        <TextField
          name="email"
          type="email"
          label={t("reset.email")}
          autoComplete="username"
          required
          requiredLabel={t("required")}
          defaultValue={state.values.email ?? ""}
          error={emailError ? t(`errors.${emailError}`) : undefined}
        />
        <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
          <Button type="submit" disabled={pending} aria-disabled={pending || undefined}>
            {pending ? t("reset.requestSubmitting") : t("reset.requestSubmit")}
          </Button>
          <TextLink href={authRoutes.signIn()}>{t("reset.backToSignIn")}</TextLink>
        </div>
      </form>
    </div>
  );
}
