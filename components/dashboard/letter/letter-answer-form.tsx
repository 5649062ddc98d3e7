"use client";

import { useTranslations } from "next-intl";
import { EditorForm, type EditorAction } from "@/components/dashboard/form/editor-form";
import { LocalizedFields } from "@/components/dashboard/form/localized-fields";
import { PartialDateField } from "@/components/dashboard/form/partial-date-field";
import { SelectField } from "@/components/dashboard/form/select-field";
import { TextInputField } from "@/components/dashboard/form/text-input-field";
import { TextareaField } from "@/components/dashboard/form/textarea-field";
import { useFieldState } from "@/components/dashboard/form/form-context";
import { TextField } from "@/components/ui/text-field";
import type { FormValues } from "@/lib/actions/staff-action-state";
import type { SelectOption } from "@/components/ui/select";

/**
 * Records the addressee's answer to a letter, or edits one (`answerId`): when it came, who
 * answered, a summary per language, the reply's text and/or its PDF, chosen from the media library
 * or uploaded here (the server action's form is multipart, so the file goes with the fields).
 * Saved with the letter's version, like every part of the letter. Works without JavaScript; a
 * refused file comes back with its own message and everything typed (the file is chosen again:
 * no browser lets a page pre-fill a file input).
 */
export function LetterAnswerForm({
  action,
  letterId,
  answerId,
  version,
  initialValues,
  documents,
  idPrefix,
}: {
  action: EditorAction;
  letterId: string;
  answerId?: string;
  version: number;
  initialValues: FormValues;
  documents: SelectOption[];
  idPrefix: string;
}) {
  const t = useTranslations("LetterAnswerEditor");
  return (
    <EditorForm
      action={action}
      initialValues={initialValues}
      version={version}
      idPrefix={idPrefix}
      compareOnConflict={false}
      saveLabel={t("save")}
    >
      <input type="hidden" name="letterId" value={letterId} />
      {answerId ? <input type="hidden" name="answerId" value={answerId} /> : null}
      <div className="grid gap-4 md:grid-cols-2">
        <PartialDateField name="receivedOn" label={t("receivedOn")} required dayOnly />
        <TextInputField
          name="answeredBy"
          label={t("answeredBy")}
          hint={t("answeredByHint")}
          required
          maxLength={200}
        />
      </div>
      <LocalizedFields name="summary" label={t("summary")} required multiline rows={3} />
      <TextareaField name="text" label={t("text")} rows={6} />
      <div className="grid gap-4 md:grid-cols-2">
        <TextInputField
          name="textLang"
          label={t("textLang")}
          autoComplete="off"
          spellCheck={false}
          maxLength={20}
        />
        <SelectField
          name="documentId"
          label={t("document")}
          hint={t("documentHint")}
          placeholder={t("noDocument")}
          options={documents}
        />
      </div>
      <DocumentFileField label={t("documentFile")} hint={t("documentFileHint")} />
    </EditorForm>
  );
}

/** The reply's PDF as an upload (lib/letter-answers/answer-document-upload.ts). */
function DocumentFileField({ label, hint }: { label: string; hint: string }) {
  const field = useFieldState("documentFile");
  return (
    <TextField
      type="file"
      name="documentFile"
      id={field.id}
      label={label}
      hint={hint}
      error={field.error}
      accept="application/pdf,.pdf"
      className="file:me-3 file:rounded file:border-0 file:bg-slate-200 file:px-3 file:py-1 dark:file:bg-slate-700"
    />
  );
}

/** Publishes or withdraws one answer: a button, saved with the letter's version. */
export function LetterAnswerStateForm({
  action,
  letterId,
  answerId,
  version,
  publish,
  idPrefix,
}: {
  action: EditorAction;
  letterId: string;
  answerId: string;
  version: number;
  publish: boolean;
  idPrefix: string;
}) {
  const t = useTranslations("LetterAnswerEditor");
  return (
    <EditorForm
      action={action}
      initialValues={{}}
      version={version}
      idPrefix={idPrefix}
      compareOnConflict={false}
      saveLabel={t(publish ? "publish" : "unpublish")}
    >
      <input type="hidden" name="letterId" value={letterId} />
      <input type="hidden" name="answerId" value={answerId} />
      <input type="hidden" name="publish" value={publish ? "1" : "0"} />
    </EditorForm>
  );
}
