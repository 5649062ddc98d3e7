"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormProblem } from "@/components/dashboard/inbox/form-problem";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { updateMediaDetailsAction } from "@/lib/actions/media/update-media-details";
import { formValue, type FormState } from "@/lib/actions/staff-action-state";
import { ALT_MAX_LENGTH, CREDIT_MAX_LENGTH } from "@/lib/media/media-details-schema";

const ids = {
  "alt.en": "media-alt-en",
  "alt.ru": "media-alt-ru",
  credit: "media-credit",
} as const;

interface MediaDetailsFormProps {
  id: string;
  kind: "IMAGE" | "PDF";
  alt: { en?: string; ru?: string };
  credit: string | null;
  /** This page's path: where the form posts when JavaScript is off. */
  permalink: string;
}

/** Edits the text alternative and the credit; keeps what was typed when something is wrong. */
export function MediaDetailsForm({ id, kind, alt, credit, permalink }: MediaDetailsFormProps) {
  const t = useTranslations("Media");
  const [state, action, pending] = useActionState(
    updateMediaDetailsAction,
    {
      status: "idle",
      values: { "alt.en": alt.en ?? "", "alt.ru": alt.ru ?? "", credit: credit ?? "" },
    } as FormState<void>,
    permalink,
  );
  const errors = state.status === "invalid" ? state.fieldErrors : {};
  const required = kind === "IMAGE";

  return (
    <div className="flex flex-col gap-4">
      {state.status === "success" ? (
        <Alert tone="success" announce>
          {t("notices.saved")}
        </Alert>
      ) : null}
      <FormProblem state={state} fieldIds={ids} />
      <form
        key={JSON.stringify(state.values)}
        action={action}
        noValidate
        className="flex max-w-2xl flex-col gap-5"
      >
        <input type="hidden" name="id" value={id} />
        <TextField
          name="alt.en"
          id={ids["alt.en"]}
          lang="en"
          label={t("upload.altEn")}
          hint={t("upload.altHint")}
          error={errors["alt.en"]}
          required={required}
          maxLength={ALT_MAX_LENGTH}
          defaultValue={formValue(state.values, "alt.en")}
        />
        <TextField
          name="alt.ru"
          id={ids["alt.ru"]}
          lang="ru"
          label={t("upload.altRu")}
          error={errors["alt.ru"]}
          maxLength={ALT_MAX_LENGTH}
          defaultValue={formValue(state.values, "alt.ru")}
        />
        <TextField
          name="credit"
          id={ids.credit}
          label={t("upload.credit")}
          hint={t("upload.creditHint")}
          error={errors.credit}
          required={required}
          maxLength={CREDIT_MAX_LENGTH}
          defaultValue={formValue(state.values, "credit")}
        />
        <div>
          <Button type="submit" disabled={pending} aria-disabled={pending || undefined}>
            {pending ? t("detail.pending") : t("detail.save")}
          </Button>
        </div>
      </form>
    </div>
  );
}
