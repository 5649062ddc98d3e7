"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { Textarea } from "@/components/ui/textarea";
import {
  REPORT_CONTACT_MAX_LENGTH,
  REPORT_HONEYPOT_FIELD,
  REPORT_MESSAGE_MAX_LENGTH,
  REPORT_MESSAGE_MIN_LENGTH,
  REPORT_SOURCE_URL_MAX_LENGTH,
  initialInaccuracyReportFormState,
  type InaccuracyReportFormState,
  type ReportErrorCode,
  type ReportField,
} from "@/lib/validation/inaccuracy-report";

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
}

const emptyValues: Record<ReportField, string> = { message: "", sourceUrl: "", contact: "" };

const fieldIds: Record<ReportField, string> = {
  message: "report-message",
  sourceUrl: "report-source-url",
  contact: "report-contact",
};

/**
 * The form itself is static markup, so the profile stays cacheable; the result of a submission
 * comes from the server action's state (in place with JavaScript, in the re-rendered page without).
 */
export function InaccuracyReportForm({
  action,
  prisonerSlug,
  locale,
  permalink,
}: InaccuracyReportFormProps) {
  const t = useTranslations("ProfileReport");
  const [state, formAction, pending] = useActionState(
    action,
    initialInaccuracyReportFormState,
    permalink,
  );
  const resultRef = useRef<HTMLDivElement>(null);

  // After a submission with JavaScript, move focus to the result so that it is read out and seen.
  useEffect(() => {
    if (state.status !== "idle") resultRef.current?.focus();
  }, [state]);

  const values = "values" in state ? state.values : emptyValues;
  const errors = state.status === "invalid" ? state.errors : {};
  const errorText = (code: ReportErrorCode | undefined) =>
    code
      ? t(`errors.${code}`, {
          min: REPORT_MESSAGE_MIN_LENGTH,
          max: code === "contactTooLong" ? REPORT_CONTACT_MAX_LENGTH : REPORT_MESSAGE_MAX_LENGTH,
        })
      : undefined;

  return (
    <div className="flex flex-col gap-6">
      <div ref={resultRef} tabIndex={-1} className="rounded-md">
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
        <Textarea
          name="message"
          id={fieldIds.message}
          label={t("message")}
          hint={t("messageHint", {
            min: REPORT_MESSAGE_MIN_LENGTH,
            max: REPORT_MESSAGE_MAX_LENGTH,
          })}
          error={errorText(errors.message)}
          required
          requiredLabel={t("required")}
          maxLength={REPORT_MESSAGE_MAX_LENGTH}
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
          maxLength={REPORT_SOURCE_URL_MAX_LENGTH}
          defaultValue={values.sourceUrl}
        />
        <TextField
          name="contact"
          id={fieldIds.contact}
          label={t("contact")}
          hint={t("contactHint")}
          error={errorText(errors.contact)}
          maxLength={REPORT_CONTACT_MAX_LENGTH}
          autoComplete="email"
          defaultValue={values.contact}
        />
        {/* The honeypot (see lib/validation/inaccuracy-report.ts): hidden from sight and from the keyboard. */}
        <div className="sr-only">
          <label htmlFor="report-website">{t("honeypot")}</label>
          <input
            id="report-website"
            name={REPORT_HONEYPOT_FIELD}
            type="text"
            tabIndex={-1}
            autoComplete="off"
            defaultValue=""
          />
        </div>
        <div>
          <Button type="submit" disabled={pending} aria-disabled={pending || undefined}>
            {pending ? t("sending") : t("submit")}
          </Button>
        </div>
      </form>
    </div>
  );
}
