"use client";

import { useTranslations } from "next-intl";
import type { RefObject } from "react";
import { ImportRowCard } from "@/components/dashboard/import/import-row-card";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { FormValues } from "@/lib/actions/staff-action-state";
import type { ImportActionResult } from "@/lib/import/import-action-result";
import { dashboardRoutes } from "@/lib/routes";

type PreviewResult = Extract<ImportActionResult, { stage: "preview" }>;

/**
 * Step two: every row with its problems and likely duplicates, a choice per row, and the
 * confirmation. The file's text and hash are hidden fields: confirming re-checks everything
 * against the database as it is then, in the transaction that writes.
 */
export function ImportPreviewForm({
  result,
  action,
  pending,
  headingRef,
  submittedValues,
}: {
  result: PreviewResult;
  action: (formData: FormData) => void;
  pending: boolean;
  headingRef: RefObject<HTMLHeadingElement | null>;
  /** The choices posted last time, when the confirmation came back with a problem. */
  submittedValues: FormValues;
}) {
  const t = useTranslations("Import");
  const { preview, csv, problem } = result;
  const blocked = preview.counts.invalid > 0;
  const echo = problem ? submittedValues : null;

  return (
    <section aria-labelledby="import-preview" className="flex flex-col gap-5">
      <h2 id="import-preview" ref={headingRef} tabIndex={-1} className="text-2xl font-semibold">
        {t("preview.heading")}
      </h2>
      {problem ? (
        <Alert tone="error" announce>
          {t(`commitErrors.${problem}`)}
        </Alert>
      ) : null}
      <p role="status">
        {t("preview.summary", {
          rows: preview.counts.rows,
          invalid: preview.counts.invalid,
          duplicates: preview.counts.duplicates,
        })}
      </p>
      {blocked ? <Alert tone="warning">{t("preview.fixFirst")}</Alert> : null}
      <form action={action} noValidate className="flex flex-col gap-5">
        <input type="hidden" name="intent" value="confirm" />
        <input type="hidden" name="fileHash" value={preview.fileHash} />
        <input type="hidden" name="csv" value={csv} />
        <ol className="flex flex-col gap-4" aria-label={t("preview.caption")}>
          {preview.rows.map((row) => (
            <ImportRowCard key={row.index} row={row} echo={echo} />
          ))}
        </ol>
        <div className="flex flex-wrap items-center gap-3">
          {!blocked ? (
            <Button type="submit" disabled={pending} aria-disabled={pending || undefined}>
              {pending
                ? t("preview.pending")
                : t("preview.confirm", { count: preview.counts.rows })}
            </Button>
          ) : null}
          <Button href={dashboardRoutes.prisonerImport()} variant="secondary">
            {t("preview.startOver")}
          </Button>
        </div>
      </form>
    </section>
  );
}
