"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { ErrorSummary } from "@/components/dashboard/form/error-summary";
import { FormStateProvider } from "@/components/dashboard/form/form-context";
import { TextareaField } from "@/components/dashboard/form/textarea-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { initialFormState, type FormState } from "@/lib/actions/staff-action-state";

type VerifyAction = (
  state: FormState<{ version: number }>,
  formData: FormData,
) => Promise<FormState<{ version: number }>>;

interface SignatoryVerificationFormProps {
  action: VerifyAction;
  id: string;
  version: number;
  /** Whether the stored signatory is verified: the form then offers to withdraw it. */
  verified: boolean;
}

/**
 * An editor's verification of a notable signatory, with a note saying how the signature was
 * checked (required), or its withdrawal with an optional reason. A plain POST form: it works
 * without JavaScript, and a refusal comes back in the error summary.
 */
export function SignatoryVerificationForm({
  action,
  id,
  version,
  verified,
}: SignatoryVerificationFormProps) {
  const t = useTranslations("Signatories.verification");
  const locale = useLocale();
  const headingId = useId();
  const [state, formAction, pending] = useActionState(
    action,
    initialFormState as FormState<{ version: number }>,
  );
  const errors = state.status === "invalid" ? state.fieldErrors : {};
  return (
    <section
      aria-labelledby={headingId}
      className="flex flex-col gap-4 rounded-md border border-slate-300 p-4 dark:border-slate-600"
    >
      <h2 id={headingId} className="text-lg font-semibold">
        {verified ? t("withdrawHeading") : t("verifyHeading")}
      </h2>
      <p className="text-slate-800 dark:text-slate-200">
        {verified ? t("withdrawLead") : t("verifyLead")}
      </p>
      {state.status === "success" ? (
        <Alert tone="success" announce>
          {state.values.verified === "true" ? t("verified") : t("withdrawn")}
        </Alert>
      ) : null}
      <FormStateProvider values={state.values} errors={errors} idPrefix="verify-">
        <ErrorSummary
          submissionKey={state}
          message={state.status === "error" ? state.message : undefined}
        />
        <form action={formAction} noValidate className="flex flex-col gap-4">
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="expectedVersion" value={version} />
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="verified" value={verified ? "false" : "true"} />
          <TextareaField
            name="note"
            label={verified ? t("withdrawNote") : t("verifyNote")}
            hint={verified ? t("withdrawNoteHint") : t("verifyNoteHint")}
            required={!verified}
            rows={3}
            className="max-w-xl"
          />
          <div>
            <Button type="submit" variant={verified ? "secondary" : "primary"} disabled={pending}>
              {verified ? t("withdrawButton") : t("verifyButton")}
            </Button>
          </div>
        </form>
      </FormStateProvider>
    </section>
  );
}
