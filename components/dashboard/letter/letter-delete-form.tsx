"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { CheckboxField } from "@/components/dashboard/form/checkbox-field";
import { ErrorSummary } from "@/components/dashboard/form/error-summary";
import { FormStateProvider } from "@/components/dashboard/form/form-context";
import { Button } from "@/components/ui/button";
import type { FormState } from "@/lib/actions/staff-action-state";

interface Props {
  action: (state: FormState<never>, formData: FormData) => Promise<FormState<never>>;
  id: string;
  version: number;
  locale: string;
}

/** Deleting a letter nobody has signed (editors): a confirmation box, then the list. */
export function LetterDeleteForm({ action, id, version, locale }: Props) {
  const t = useTranslations("LetterEditor");
  const [state, formAction, pending] = useActionState(action, { status: "idle", values: {} });
  const errors = state.status === "invalid" ? state.fieldErrors : {};
  return (
    <section
      aria-labelledby="delete-letter-title"
      className="flex flex-col gap-4 rounded-md border border-red-700 p-4 dark:border-red-400"
    >
      <h2 id="delete-letter-title" className="text-xl font-semibold">
        {t("delete.title")}
      </h2>
      <p>{t("delete.explanation")}</p>
      <FormStateProvider values={state.values} errors={errors} idPrefix="delete-">
        <ErrorSummary
          submissionKey={state}
          message={state.status === "error" ? state.message : undefined}
        />
        <form action={formAction} className="flex flex-col gap-4">
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="expectedVersion" value={version} />
          <input type="hidden" name="locale" value={locale} />
          <CheckboxField name="confirm" label={t("delete.confirm")} />
          <div>
            <Button type="submit" variant="secondary" disabled={pending}>
              {t("delete.button")}
            </Button>
          </div>
        </form>
      </FormStateProvider>
    </section>
  );
}
