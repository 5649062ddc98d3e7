"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormResult } from "@/components/auth/form-result";
import { FormStateProvider } from "@/components/dashboard/form/form-context";
import { TextInputField } from "@/components/dashboard/form/text-input-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { FormState } from "@/lib/actions/staff-action-state";

type Result = { recoveryCodes: string[] };

interface TwoFactorEnrolFormProps {
  action: (state: FormState<Result>, formData: FormData) => Promise<FormState<Result>>;
  setup: { status: "enabled" } | { status: "pending"; secret: string; qrCodeDataUrl: string };
  permalink: string;
  /** Where "Continue" goes: a full page load, so the dashboard's menu appears. */
  continueHref: string;
}

/**
 * Enrolling an authenticator app: QR code and key, a code to confirm, then the recovery codes,
 * shown once. Rendered also when the account is already enrolled, so that the codes of a
 * confirmation just made stay on screen (with or without JavaScript).
 */
export function TwoFactorEnrolForm({
  action,
  setup,
  permalink,
  continueHref,
}: TwoFactorEnrolFormProps) {
  const t = useTranslations("Account.twoFactor");
  const [state, formAction, pending] = useActionState(
    action,
    { status: "idle", values: {} } as FormState<Result>,
    permalink,
  );

  if (state.status === "success") {
    return (
      <FormResult resultKey={state}>
        <div className="flex flex-col gap-4">
          <Alert tone="success" announce title={t("confirmed")} />
          <h2 className="text-2xl font-semibold">{t("recoveryHeading")}</h2>
          <p className="max-w-prose">{t("recoveryLead")}</p>
          <ul
            className="grid max-w-md grid-cols-2 gap-2 rounded-md border border-slate-300 p-4 font-mono text-lg dark:border-slate-600"
            data-testid="recovery-codes"
          >
            {state.result.recoveryCodes.map((code) => (
              <li key={code}>{code}</li>
            ))}
          </ul>
          <p>
            <a
              href={continueHref}
              className="font-semibold text-accent-700 underline underline-offset-4 dark:text-accent-200"
            >
              {t("continue")}
            </a>
          </p>
        </div>
      </FormResult>
    );
  }
  if (setup.status === "enabled") {
    return <Alert tone="success" title={t("on")} />;
  }

  const errors = state.status === "invalid" ? state.fieldErrors : {};
  return (
    <div className="flex flex-col gap-6">
      <h2 className="text-2xl font-semibold">{t("setUpHeading")}</h2>
      <p className="max-w-prose">{t("setUpLead")}</p>
      {/* eslint-disable-next-line @next/next/no-img-element -- an inline data URL, nothing to optimise */}
      <img
        src={setup.qrCodeDataUrl}
        alt={t("qrAlt")}
        width={220}
        height={220}
        className="rounded-md border border-slate-300 bg-white p-2"
      />
      <p>
        {t("secretLabel")}{" "}
        <code
          className="rounded bg-slate-100 px-2 py-1 font-mono break-all dark:bg-slate-800"
          data-testid="totp-secret"
        >
          {setup.secret}
        </code>
      </p>
      <FormResult resultKey={state}>
        {state.status === "error" || state.status === "invalid" ? (
          <Alert
            tone="error"
            announce
            title={
              state.status === "invalid"
                ? (Object.values(errors)[0] ?? state.message)
                : state.message
            }
          />
        ) : null}
      </FormResult>
      <FormStateProvider values={state.values} errors={errors} idPrefix="totp-">
        <form
          key={JSON.stringify(state)}
          action={formAction}
          noValidate
          className="flex flex-col gap-5"
        >
          <TextInputField
            name="code"
            label={t("code")}
            hint={t("codeHint")}
            autoComplete="one-time-code"
            inputMode="numeric"
            required
            className="max-w-xs font-mono"
          />
          <div>
            <Button type="submit" disabled={pending} aria-disabled={pending || undefined}>
              {pending ? t("confirming") : t("confirm")}
            </Button>
          </div>
        </form>
      </FormStateProvider>
    </div>
  );
}
