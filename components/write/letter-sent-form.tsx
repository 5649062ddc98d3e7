"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { LetterSentFormState } from "@/lib/letters-to-prisoners/letter-sent-state";

interface LetterSentFormProps {
  action: (state: LetterSentFormState, formData: FormData) => Promise<LetterSentFormState>;
  prisonerSlug: string;
  /** The form field's name (LETTER_SENT_SLUG_FIELD), passed in to keep the state module server-side. */
  slugField: string;
  /** Where the browser goes when the form is posted without JavaScript: this page, at the form. */
  permalink: string;
}

const initialState: LetterSentFormState = { status: "idle" };

/**
 * "I sent a letter": one button, one hidden field (the prisoner), no personal data and no cookie.
 * Without JavaScript the browser posts it and gets the page back with the result.
 */
export function LetterSentForm({
  action,
  prisonerSlug,
  slugField,
  permalink,
}: LetterSentFormProps) {
  const t = useTranslations("WriteLetter");
  const tOutage = useTranslations("Outage");
  const [state, formAction, pending] = useActionState(action, initialState, permalink);
  return (
    <div className="flex flex-col gap-3">
      {state.status === "counted" ? (
        <Alert tone="success" title={t("sentThanks")} announce />
      ) : null}
      {state.status === "rate-limited" ? (
        <Alert tone="info" title={t("sentRateLimited")} announce />
      ) : null}
      {state.status === "rejected" ? (
        <Alert tone="error" title={t("sentRejected")} announce />
      ) : null}
      {state.status === "unavailable" ? (
        <Alert tone="warning" title={tOutage("formProblem")} announce>
          {t("sentUnavailable")}
        </Alert>
      ) : null}
      {state.status === "idle" ? (
        <form action={formAction} className="print:hidden">
          <input type="hidden" name={slugField} value={prisonerSlug} />
          <Button type="submit" disabled={pending} aria-disabled={pending}>
            {pending ? t("sentPending") : t("sentButton")}
          </Button>
        </form>
      ) : null}
    </div>
  );
}
