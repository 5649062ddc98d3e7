"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormProblem } from "@/components/dashboard/inbox/form-problem";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field";
import { deleteMediaAction } from "@/lib/actions/media/delete-media";
import { initialFormState } from "@/lib/actions/staff-action-state";
import type { Locale } from "@/lib/i18n/routing";

/** Deletes an unused file (editors), after ticking a confirmation box. */
export function MediaDeleteForm({
  id,
  locale,
  permalink,
}: {
  id: string;
  locale: Locale;
  permalink: string;
}) {
  const t = useTranslations("Media.detail");
  const [state, action, pending] = useActionState(deleteMediaAction, initialFormState, permalink);
  const error = state.status === "invalid" ? state.fieldErrors.confirm : undefined;

  return (
    <div className="flex flex-col gap-4">
      <FormProblem state={state} fieldIds={{ confirm: "media-delete-confirm" }} />
      <form action={action} noValidate className="flex flex-col gap-4">
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="locale" value={locale} />
        <p>{t("deleteHint")}</p>
        {error ? <FieldError id="media-delete-confirm-error">{error}</FieldError> : null}
        <div className="flex items-start gap-3">
          <input
            type="checkbox"
            name="confirm"
            value="yes"
            id="media-delete-confirm"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "media-delete-confirm-error" : undefined}
            className="mt-0.5 size-6 shrink-0 accent-accent-700 dark:accent-accent-300"
          />
          <label htmlFor="media-delete-confirm">{t("deleteConfirm")}</label>
        </div>
        <div>
          <Button
            type="submit"
            variant="secondary"
            disabled={pending}
            aria-disabled={pending || undefined}
          >
            {t("delete")}
          </Button>
        </div>
      </form>
    </div>
  );
}
