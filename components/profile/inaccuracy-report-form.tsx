"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { HoneypotField } from "@/components/ui/honeypot-field";
import { TextField } from "@/components/ui/text-field";
import { Textarea } from "@/components/ui/textarea";
// Types only: the validation module builds zod schemas, and zod in the browser probes whether it
// may compile code with `new Function`, which the public pages' policy (no 'unsafe-eval') refuses
// and DevTools reports as a Content Security Policy issue. The limits come in as props instead.
import type {
  InaccuracyReportFormState,
  ReportErrorCode,
  ReportField,
} from "@/lib/validation/inaccuracy-report";

/** The schema's limits and the honeypot's name, passed by the server component. */
export interface InaccuracyReportLimits {
  messageMin: number;
  messageMax: number;
  sourceUrlMax: number;
  contactMax: number;
  honeypotField: string;
}

interface InaccuracyReportFormProps {
  action: (
    state: InaccuracyReportFormState,
    formData: FormData,
  ) => Promise<InaccuracyReportFormState>;
  prisonerSlug: string;
  locale: string;
  /**
   * Where the browser goes when the form is posted without JavaScript: this page, at the form
   * (the fragment), so that the result is in view when the page comes back.
   */
  permalink: string;
  limits: InaccuracyReportLimits;
}

const initialState: InaccuracyReportFormState = { status: "idle" };

const emptyValues: Record<ReportField, string> = { message: "", sourceUrl: "", contact: "" };

const fieldIds: Record<ReportField, string> = {
  message: "report-message",
  sourceUrl: "report-source-url",
  contact: "report-contact",
};

type ErrorText = (code: ReportErrorCode | undefined) => string | undefined;

/** The outcome of the last submission; the list of errors links to each field in error. */
function ReportResult({
  state,
  errorText,
}: {
  state: InaccuracyReportFormState;
  errorText: ErrorText;
}) {
  const t = useTranslations("ProfileReport");
  const tOutage = useTranslations("Outage");
  const errors = state.status === "invalid" ? state.errors : {};
  return (
    <>
      {state.status === "sent" ? (
        <Alert tone="success" title={t("sent")}>
          {t("sentDetail")}
        </Alert>
      ) : null}
      {state.status === "invalid" ? (
        <Alert tone="error" title={t("invalid")}>
          <ul className="list-disc ps-5">
            {(Object.keys(errors) as ReportField[]).map((field) => (
              <li key={field}>
                <a href={`#${fieldIds[field]}`} className="underline underline-offset-2">
                  {errorText(errors[field])}
                </a>
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {state.status === "rate-limited" ? <Alert tone="warning" title={t("rateLimited")} /> : null}
      {state.status === "failed" ? <Alert tone="error" title={t("failed")} /> : null}
      {state.status === "unavailable" ? (
        <Alert tone="warning" title={tOutage("formProblem")} />
      ) : null}
    </>
  );
}

/** The report's own fields, with the values the server echoed, and the honeypot. */
function ReportFields({
  state,
  errorText,
  limits,
}: {
  state: InaccuracyReportFormState;
  errorText: ErrorText;
  limits: InaccuracyReportLimits;
}) {
  const t = useTranslations("ProfileReport");
  const values = "values" in state ? state.values : emptyValues;
  const errors = state.status === "invalid" ? state.errors : {};
  return (
    <>
      <Textarea
        name="message"
        id={fieldIds.message}
        label={t("message")}
        hint={t("messageHint", {
          min: limits.messageMin,
          max: limits.messageMax,
        })}
        error={errorText(errors.message)}
        required
        requiredLabel={t("required")}
        maxLength={limits.messageMax}
        rows={6}
        defaultValue={values.message}
      />
      <TextField
        name="sourceUrl"
        id={fieldIds.sourceUrl}
        type="url"
        inputMode="url"
        label={t("sourceUrl")}
        hint={t("sourceUrlHint")}
        error={errorText(errors.sourceUrl)}
        maxLength={limits.sourceUrlMax}
        defaultValue={values.sourceUrl}
      />
      <TextField
        name="contact"
        id={fieldIds.contact}
        label={t("contact")}
        hint={t("contactHint")}
        error={errorText(errors.contact)}
        maxLength={limits.contactMax}
        autoComplete="email"
        defaultValue={values.contact}
      />
      <HoneypotField id="report-website" name={limits.honeypotField} label={t("honeypot")} />
    </>
  );
}

/**
 * The form itself is static markup, so the profile stays cacheable; the result of a submission
 * comes from the server action's state (in place with JavaScript, in the re-rendered page without).
 */
export function InaccuracyReportForm({
  action,
  prisonerSlug,
  locale,
  permalink,
  limits,
}: InaccuracyReportFormProps) {
  const t = useTranslations("ProfileReport");
  const [state, formAction, pending] = useActionState(action, initialState, permalink);
  const resultRef = useRef<HTMLDivElement>(null);

  // After a submission with JavaScript, move focus to the result so that it is read out and seen.
  useEffect(() => {
    if (state.status !== "idle") resultRef.current?.focus();
  }, [state]);

  const errorText: ErrorText = (code) =>
    code
      ? t(`errors.${code}`, {
          min: limits.messageMin,
          max: code === "contactTooLong" ? limits.contactMax : limits.messageMax,
        })
      : undefined;

  return (
    <div className="flex flex-col gap-6">
      <div ref={resultRef} tabIndex={-1} className="rounded-md">
        <ReportResult state={state} errorText={errorText} />
      </div>

      {/*
        The key remounts the fields after each result, so that they show exactly the values the
        server echoed (empty after a successful report).
      */}
      <form
        key={JSON.stringify(state)}
        action={formAction}
        noValidate
        className="flex flex-col gap-5"
      >
        <input type="hidden" name="prisoner" value={prisonerSlug} />
        <input type="hidden" name="locale" value={locale} />
        <ReportFields state={state} errorText={errorText} limits={limits} />
        <div>
          <Button type="submit" disabled={pending} aria-disabled={pending || undefined}>
            {pending ? t("sending") : t("submit")}
          </Button>
        </div>
      </form>
    </div>
  );
}
