"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormResult } from "@/components/auth/form-result";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { TextLink } from "@/components/ui/text-link";
import { initialSignInState, type SignInState } from "@/lib/auth/sign-in-state";
import { authRoutes } from "@/lib/routes";

interface SignInFormProps {
  action: (state: SignInState, formData: FormData) => Promise<SignInState>;
  locale: string;
  callbackUrl: string | null;
  /** This page's address: where the form posts without JavaScript. */
  permalink: string;
  signedOut: boolean;
  /** Arrived from "Change password" on the account page, which ends every session. */
  passwordChanged?: boolean;
}

/** E-mail and password, then (for accounts with two-step verification) the code. */
export function SignInForm({
  action,
  locale,
  callbackUrl,
  permalink,
  signedOut,
  passwordChanged = false,
}: SignInFormProps) {
  const t = useTranslations("Auth");
  const [state, formAction, pending] = useActionState(action, initialSignInState, permalink);
  const errors = state.fieldErrors;
  const error = (field: keyof typeof errors, params?: Record<string, number>) =>
    errors[field] ? t(`errors.${errors[field]}`, params) : undefined;

  const result =
    state.status === "failed" ? (
      <Alert
        tone="error"
        announce
        title={t(state.step === "code" ? "signIn.codeFailed" : "signIn.failed")}
      />
    ) : state.status === "rate-limited" ? (
      <Alert
        tone="error"
        announce
        title={t("signIn.rateLimited", { minutes: state.retryAfterMinutes ?? 15 })}
      />
    ) : state.status === "expired" ? (
      <Alert tone="warning" announce title={t("signIn.expired")} />
    ) : state.status === "invalid" ? (
      <Alert tone="error" announce title={t("signIn.invalid")} />
    ) : passwordChanged && state.step === "password" ? (
      <Alert tone="success" title={t("signIn.passwordChanged")} />
    ) : signedOut && state.step === "password" ? (
      <Alert tone="success" title={t("signIn.signedOut")} />
    ) : null;

  return (
    <div className="flex flex-col gap-6">
      <FormResult resultKey={state}>{result}</FormResult>
      <form
        key={`${state.step}-${JSON.stringify(state)}`}
        action={formAction}
        noValidate
        className="flex flex-col gap-5"
      >
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="step" value={state.step} />
        {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
        {state.step === "password" ? (
          <>
            <TextField
              name="email"
              type="email"
              label={t("signIn.email")}
              autoComplete="username"
              required
              requiredLabel={t("required")}
              defaultValue={state.email}
              error={error("email")}
            />
            <TextField
              name="password"
              type="password"
              label={t("signIn.password")}
              autoComplete="current-password"
              required
              requiredLabel={t("required")}
              error={error("password")}
            />
            <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
              <Button type="submit" disabled={pending} aria-disabled={pending || undefined}>
                {pending ? t("signIn.submitting") : t("signIn.submit")}
              </Button>
              <TextLink href={authRoutes.passwordReset()}>{t("signIn.forgotPassword")}</TextLink>
            </div>
          </>
        ) : (
          <>
            <div>
              <h2 className="text-xl font-semibold">{t("signIn.codeTitle")}</h2>
              <p className="mt-1 text-slate-700 dark:text-slate-300">{t("signIn.codeLead")}</p>
            </div>
            <input type="hidden" name="email" value={state.email} />
            <TextField
              name="code"
              label={t("signIn.code")}
              hint={t("signIn.codeHint")}
              autoComplete="one-time-code"
              inputMode="text"
              spellCheck={false}
              autoCapitalize="off"
              required
              requiredLabel={t("required")}
              error={error("code")}
              className="max-w-xs font-mono"
            />
            <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
              <Button type="submit" disabled={pending} aria-disabled={pending || undefined}>
                {pending ? t("signIn.submitting") : t("signIn.codeSubmit")}
              </Button>
              <TextLink href={authRoutes.signIn()}>{t("signIn.startOver")}</TextLink>
            </div>
          </>
        )}
      </form>
    </div>
  );
}
