"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { CheckboxField } from "@/components/dashboard/form/checkbox-field";
import { ErrorSummary } from "@/components/dashboard/form/error-summary";
import { FormStateProvider } from "@/components/dashboard/form/form-context";
import { Button } from "@/components/ui/button";
import type { FormState } from "@/lib/actions/staff-action-state";

type DeleteAction = (state: FormState<never>, formData: FormData) => Promise<FormState<never>>;

interface DeleteItemFormProps {
  action: DeleteAction;
  id: string;
  version: number;
  /** Wording for one type (a profile, a letter); the generic "delete this item" otherwise. */
  texts?: { heading: string; explanation: string; confirm: string; button: string };
}

/**
 * Deleting an item: a confirmation box and a button, as a plain POST form (works without
 * JavaScript). A refusal (the item is still referenced, someone saved it since, not allowed)
 * comes back in the error summary, which takes focus.
 */
export function DeleteItemForm({ action, id, version, texts }: DeleteItemFormProps) {
  const t = useTranslations("ContentEditor.delete");
  const text = texts ?? {
    heading: t("heading"),
    explanation: t("explanation"),
    confirm: t("confirm"),
    button: t("button"),
  };
  const [state, formAction, pending] = useActionState(action, {
    status: "idle",
    values: {},
  } satisfies FormState<never>);
  const headingId = useId();
  const locale = useLocale();
  const errors = state.status === "invalid" ? state.fieldErrors : {};
  return (
    <section
      aria-labelledby={headingId}
      className="flex flex-col gap-4 rounded-md border border-red-700 p-4 dark:border-red-400"
    >
      <h2 id={headingId} className="text-lg font-semibold text-slate-900 dark:text-slate-50">
        {text.heading}
      </h2>
      <p className="text-slate-800 dark:text-slate-200">{text.explanation}</p>
      <FormStateProvider values={state.values} errors={errors} idPrefix="delete-">
        <ErrorSummary
          submissionKey={state}
          message={state.status === "error" ? state.message : undefined}
        />
        <form action={formAction} noValidate className="flex flex-col gap-4">
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="expectedVersion" value={version} />
          <input type="hidden" name="locale" value={locale} />
          <CheckboxField name="confirm" label={text.confirm} />
          <div>
            <Button type="submit" variant="secondary" disabled={pending}>
              {pending ? t("deleting") : text.button}
            </Button>
          </div>
        </form>
      </FormStateProvider>
    </section>
  );
}
