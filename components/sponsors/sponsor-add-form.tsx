"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { CheckboxField } from "@/components/dashboard/form/checkbox-field";
import { ErrorSummary } from "@/components/dashboard/form/error-summary";
import { FormStateProvider } from "@/components/dashboard/form/form-context";
import { SelectField } from "@/components/dashboard/form/select-field";
import { TextInputField } from "@/components/dashboard/form/text-input-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { SelectOption } from "@/components/ui/select";
import { initialFormState, type FormState } from "@/lib/actions/staff-action-state";
import { routing } from "@/lib/i18n/routing";

type AddAction = (
  state: FormState<{ id: string }>,
  formData: FormData,
) => Promise<FormState<{ id: string }>>;

/**
 * "Add sponsor": a verified signatory, since when, shown or not, an alert address and the language
 * of its alerts. Works without JS.
 */
export function SponsorAddForm({
  action,
  prisonerId,
  choices,
  today,
}: {
  action: AddAction;
  prisonerId: string;
  choices: SelectOption[];
  today: string;
}) {
  const t = useTranslations("Sponsors");
  const headingId = useId();
  const [state, formAction, pending] = useActionState(
    action,
    initialFormState as FormState<{ id: string }>,
  );
  const errors = state.status === "invalid" ? state.fieldErrors : {};
  // Each language by its own name (the messages give the same words in every locale).
  const alertLocaleOptions: SelectOption[] = routing.locales.map((locale) => ({
    value: locale,
    label: t(`languages.${locale}`),
    lang: locale,
  }));
  const values =
    state.status === "idle"
      ? { since: today, published: "on", alertLocale: routing.defaultLocale }
      : state.values;
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3">
      <h3 id={headingId} className="text-base font-semibold">
        {t("add")}
      </h3>
      {state.status === "success" ? (
        <Alert tone="success" announce>
          {t("added")}
        </Alert>
      ) : null}
      <FormStateProvider values={values} errors={errors} idPrefix="sponsor-">
        <ErrorSummary
          submissionKey={state}
          message={state.status === "error" ? state.message : undefined}
        />
        <form action={formAction} noValidate className="flex flex-col gap-4">
          <input type="hidden" name="prisonerId" value={prisonerId} />
          <SelectField name="signatoryId" label={t("signatory")} options={choices} required />
          <TextInputField name="since" type="date" label={t("sinceLabel")} required />
          <TextInputField
            name="alertEmail"
            type="email"
            autoComplete="off"
            label={t("alertEmail")}
            className="max-w-md"
          />
          <SelectField
            name="alertLocale"
            label={t("alertLocale")}
            options={alertLocaleOptions}
            required
            className="max-w-md"
          />
          <CheckboxField name="published" label={t("publish")} />
          <div>
            <Button type="submit" disabled={pending}>
              {t("add")}
            </Button>
          </div>
        </form>
      </FormStateProvider>
    </section>
  );
}
