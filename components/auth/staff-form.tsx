"use client";

import { useTranslations } from "next-intl";
import { useActionState, type ReactNode } from "react";
import { FormResult } from "@/components/auth/form-result";
import { fieldId, FormStateProvider } from "@/components/dashboard/form/form-context";
import { Alert } from "@/components/ui/alert";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { TextLink } from "@/components/ui/text-link";
import type { FormState, FormValues } from "@/lib/actions/staff-action-state";
import { authRoutes } from "@/lib/routes";

interface StaffFormProps<Result> {
  action: (state: FormState<Result>, formData: FormData) => Promise<FormState<Result>>;
  /** This page's address: where the form posts without JavaScript. */
  permalink: string;
  submitLabel: ReactNode;
  submitVariant?: ButtonVariant;
  /** Shown after a successful submission (or made from the action's result). */
  successMessage?: ReactNode | ((result: Result) => ReactNode);
  /** Values shown before the first submission (and after a success, when `resetOnSuccess`). */
  initialValues?: FormValues;
  resetOnSuccess?: boolean;
  /** Prefix of the control ids, so that several forms on a page never share one. */
  idPrefix?: string;
  /** Extra props of the submit button (an accessible name naming the row it acts on). */
  submitAriaLabel?: string;
  layout?: "stacked" | "inline";
  children?: ReactNode;
}

/**
 * A small dashboard form around a staffAction (lib/actions/staff-action.ts): the fields inside
 * read their values and errors from the state (the form kit's FormStateProvider), the result is
 * announced above the form, and everything works without JavaScript.
 */
export function StaffForm<Result>({
  action,
  permalink,
  submitLabel,
  submitVariant = "primary",
  successMessage,
  initialValues = {},
  resetOnSuccess = false,
  idPrefix = "",
  submitAriaLabel,
  layout = "stacked",
  children,
}: StaffFormProps<Result>) {
  const t = useTranslations("StaffAction");
  const tShell = useTranslations("DashboardShell");
  const [state, formAction, pending] = useActionState(
    action,
    { status: "idle", values: initialValues } as FormState<Result>,
    permalink,
  );
  const values = state.status === "success" && resetOnSuccess ? initialValues : state.values;
  const errors = state.status === "invalid" ? state.fieldErrors : {};

  const result =
    state.status === "success" && successMessage ? (
      <Alert
        tone="success"
        announce
        title={typeof successMessage === "function" ? successMessage(state.result) : successMessage}
      />
    ) : state.status === "error" ? (
      <Alert tone="error" announce title={state.message}>
        {state.code === "signed-out" ? (
          <TextLink href={authRoutes.signIn()}>{tShell("signIn")}</TextLink>
        ) : null}
      </Alert>
    ) : state.status === "invalid" ? (
      <Alert tone="error" announce title={state.message || t("invalid")}>
        <ul className="list-disc ps-5">
          {Object.entries(errors).map(([name, text]) => (
            <li key={name}>
              <a href={`#${fieldId(idPrefix, name)}`} className="underline underline-offset-2">
                {text}
              </a>
            </li>
          ))}
        </ul>
      </Alert>
    ) : null;

  return (
    <div className="flex flex-col gap-3">
      <FormResult resultKey={state}>{result}</FormResult>
      <FormStateProvider values={values} errors={errors} idPrefix={idPrefix}>
        <form
          key={JSON.stringify(state)}
          action={formAction}
          noValidate
          className={layout === "inline" ? "flex flex-wrap items-end gap-3" : "flex flex-col gap-5"}
        >
          {children}
          <div>
            <Button
              type="submit"
              variant={submitVariant}
              disabled={pending}
              aria-disabled={pending || undefined}
              aria-label={submitAriaLabel}
            >
              {submitLabel}
            </Button>
          </div>
        </form>
      </FormStateProvider>
    </div>
  );
}
