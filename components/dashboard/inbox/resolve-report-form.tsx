"use client";

import { useTranslations } from "next-intl";
import { FormProblem } from "@/components/dashboard/inbox/form-problem";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import { formValue, type FormState } from "@/lib/actions/staff-action-state";
import { CLOSING_REPORT_STATUSES, RESOLUTION_MAX_LENGTH } from "@/lib/validation/inbox";

interface ResolveReportFormProps {
  reportId: string;
  state: FormState<unknown>;
  action: (formData: FormData) => void;
  /** Called as the form is sent (with JavaScript), so the panel knows which form was used. */
  onSubmit: () => void;
  pending: boolean;
}

const fieldIds = { outcome: "report-outcome-RESOLVED", resolution: "report-resolution" };

/** Closes the report as resolved or dismissed, with a note; keeps what was typed on error. */
export function ResolveReportForm({
  reportId,
  state,
  action,
  onSubmit,
  pending,
}: ResolveReportFormProps) {
  const t = useTranslations("Inbox.resolve");
  const tInbox = useTranslations("Inbox");
  const failed = state.status === "invalid" || state.status === "error";
  const outcome = failed ? formValue(state.values, "outcome") : "RESOLVED";
  const resolution = failed ? formValue(state.values, "resolution") : "";
  const errors = state.status === "invalid" ? state.fieldErrors : {};

  return (
    <section aria-labelledby="resolve-heading" className="flex flex-col gap-4">
      <h3 id="resolve-heading" className="text-lg font-semibold">
        {t("heading")}
      </h3>
      <FormProblem state={state} fieldIds={fieldIds} />
      <form
        key={JSON.stringify(state)}
        action={action}
        onSubmit={onSubmit}
        noValidate
        className="flex flex-col gap-4"
      >
        <input type="hidden" name="reportId" value={reportId} />
        <fieldset
          className="flex flex-col gap-2"
          aria-describedby={errors.outcome ? "report-outcome-error" : undefined}
        >
          <legend className="mb-1 font-semibold text-slate-900 dark:text-slate-100">
            {t("outcome")}
          </legend>
          {errors.outcome ? (
            <FieldError id="report-outcome-error">{errors.outcome}</FieldError>
          ) : null}
          {CLOSING_REPORT_STATUSES.map((value) => (
            <div key={value} className="flex items-start gap-3">
              <input
                type="radio"
                name="outcome"
                id={`report-outcome-${value}`}
                value={value}
                defaultChecked={outcome === value}
                className="mt-0.5 size-6 shrink-0 accent-accent-700 dark:accent-accent-300"
              />
              <label htmlFor={`report-outcome-${value}`}>{t(value)}</label>
            </div>
          ))}
        </fieldset>
        <Textarea
          name="resolution"
          id={fieldIds.resolution}
          label={t("resolution")}
          hint={t("resolutionHint", { max: RESOLUTION_MAX_LENGTH })}
          error={errors.resolution}
          required
          requiredLabel={tInbox("required")}
          maxLength={RESOLUTION_MAX_LENGTH}
          rows={5}
          defaultValue={resolution}
        />
        <div>
          <Button type="submit" disabled={pending} aria-disabled={pending || undefined}>
            {pending ? tInbox("pending") : t("submit")}
          </Button>
        </div>
      </form>
    </section>
  );
}
