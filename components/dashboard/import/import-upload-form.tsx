"use client";

import { useTranslations } from "next-intl";
import type { RefObject } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { Textarea } from "@/components/ui/textarea";
import type { FormState } from "@/lib/actions/staff-action-state";
import type { ImportActionResult } from "@/lib/import/import-action-result";
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "@/lib/import/parse-import-csv";

type FileErrorResult = Extract<ImportActionResult, { stage: "fileError" }>;

/** Step one: a CSV file, or its text pasted, to check. */
export function ImportUploadForm({
  action,
  pending,
  headingRef,
  state,
  fileError,
}: {
  action: (formData: FormData) => void;
  pending: boolean;
  headingRef: RefObject<HTMLHeadingElement | null>;
  state: FormState<ImportActionResult>;
  fileError: FileErrorResult | null;
}) {
  const t = useTranslations("Import");
  const limits = { kb: Math.floor(MAX_IMPORT_BYTES / 1024), rows: MAX_IMPORT_ROWS };
  const problem = fileError
    ? t(`fileErrors.${fileError.error}`, {
        ...limits,
        columns: (fileError.columns ?? []).join(", "),
      })
    : state.status === "error" || state.status === "invalid"
      ? state.message
      : null;

  return (
    <section aria-labelledby="import-upload" className="flex flex-col gap-4">
      <h2 id="import-upload" ref={headingRef} tabIndex={-1} className="text-2xl font-semibold">
        {t("upload.heading")}
      </h2>
      {problem ? (
        <Alert tone="error" announce>
          {problem}
        </Alert>
      ) : null}
      <form action={action} noValidate className="flex max-w-2xl flex-col gap-5">
        <input type="hidden" name="intent" value="preview" />
        <TextField
          type="file"
          name="file"
          id="import-file"
          label={t("upload.file")}
          hint={t("upload.fileHint", limits)}
          accept=".csv,text/csv"
          className="file:me-3 file:rounded file:border-0 file:bg-slate-200 file:px-3 file:py-1 dark:file:bg-slate-700"
        />
        <Textarea
          name="csv"
          id="import-csv"
          label={t("upload.paste")}
          rows={6}
          className="font-mono text-sm"
        />
        <div>
          <Button type="submit" disabled={pending} aria-disabled={pending || undefined}>
            {pending ? t("upload.pending") : t("upload.submit")}
          </Button>
        </div>
      </form>
    </section>
  );
}
