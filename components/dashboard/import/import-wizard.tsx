"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { ImportPreviewForm } from "@/components/dashboard/import/import-preview-form";
import { ImportUploadForm } from "@/components/dashboard/import/import-upload-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { importPrisonersAction } from "@/lib/actions/import/import-prisoners";
import { initialFormState, type FormState } from "@/lib/actions/staff-action-state";
import type { ImportActionResult } from "@/lib/import/import-action-result";
import { dashboardRoutes } from "@/lib/routes";

/**
 * The import page's steps: choose a file → preview (per-row errors, duplicates and choices) →
 * confirm → summary. One server action drives them; the file's text travels in the preview
 * form, so every step works without JavaScript as well.
 */
export function ImportWizard({ permalink }: { permalink: string }) {
  const t = useTranslations("Import");
  const [state, action, pending] = useActionState(
    importPrisonersAction,
    initialFormState as FormState<ImportActionResult>,
    permalink,
  );
  const headingRef = useRef<HTMLHeadingElement>(null);
  const result = state.status === "success" ? state.result : null;

  // Each new step moves focus to its heading, so screen-reader users hear where they are.
  useEffect(() => {
    if (state.status !== "idle") headingRef.current?.focus();
  }, [state]);

  if (result?.stage === "done") {
    return (
      <section aria-labelledby="import-done" className="flex flex-col gap-4">
        <h2 id="import-done" ref={headingRef} tabIndex={-1} className="text-2xl font-semibold">
          {t("done.title")}
        </h2>
        <Alert tone="success" announce>
          {t("done.body", {
            created: result.created,
            merged: result.merged,
            skipped: result.skipped,
          })}
        </Alert>
        <div className="flex flex-wrap gap-3">
          <Button href={dashboardRoutes.list("prisoner")}>{t("done.toPrisoners")}</Button>
          <Button href={dashboardRoutes.prisonerImport()} variant="secondary">
            {t("preview.startOver")}
          </Button>
        </div>
      </section>
    );
  }

  if (result?.stage === "preview") {
    return (
      <ImportPreviewForm
        result={result}
        action={action}
        pending={pending}
        headingRef={headingRef}
        submittedValues={state.values}
      />
    );
  }

  return (
    <ImportUploadForm
      action={action}
      pending={pending}
      headingRef={headingRef}
      state={state}
      fileError={result?.stage === "fileError" ? result : null}
    />
  );
}
