"use client";

import { useTranslations } from "next-intl";
import {
  BulkConfirmation,
  type BulkHeadingLevel,
} from "@/components/dashboard/bulk/bulk-confirmation";
import { ActionStatus } from "@/components/dashboard/form/action-status";
import { Button, type ButtonVariant } from "@/components/ui/button";
import type { FormState } from "@/lib/actions/staff-action-state";
import type { BulkOutcome } from "@/lib/validation/bulk";

export interface BulkOperation {
  op: string;
  label: string;
  variant?: ButtonVariant;
}

/** The refusal to show next to the buttons: the selection's own problem first. */
function problemOf(state: FormState<BulkOutcome>): string | null {
  if (state.status === "error") return state.message;
  if (state.status !== "invalid") return null;
  const errors = state.fieldErrors;
  return errors.ids ?? errors.all ?? errors.op ?? state.message;
}

/**
 * The bar of a bulk form (bulk-form.tsx): "Select all N matching this filter", the live count,
 * one button per operation, the confirmation step, and the result or refusal announced next to
 * the buttons, with the items that could not be changed listed.
 */
export function BulkBar({
  state,
  idPrefix,
  matchingCount,
  count,
  operations,
  pending,
  headingLevel,
  resultOnly = false,
}: {
  state: FormState<BulkOutcome>;
  idPrefix: string;
  matchingCount: number;
  /** The selection's size; null before the script runs (the server cannot know the ticks). */
  count: number | null;
  operations: BulkOperation[];
  pending: boolean;
  headingLevel: BulkHeadingLevel;
  /** Nothing left to select: show the last result only. */
  resultOnly?: boolean;
}) {
  const t = useTranslations("Bulk");
  const result = state.status === "success" ? state.result : null;
  const problem = problemOf(state);
  const statusId = `${idPrefix}status`;
  const message =
    problem ??
    (result?.stage === "done"
      ? result.summary
      : result?.stage === "cancelled"
        ? t("cancelled")
        : null);
  if (resultOnly) {
    return (
      <ActionStatus tone={problem ? "error" : "success"} id={statusId}>
        {message}
      </ActionStatus>
    );
  }
  return (
    <fieldset className="flex flex-col gap-3 rounded-lg border border-slate-300 p-4 dark:border-slate-600">
      <legend className="px-1 font-semibold">{t("legend")}</legend>
      <span className="flex items-center gap-2">
        <input
          type="checkbox"
          id={`${idPrefix}all`}
          name="all"
          value="matching"
          defaultChecked={result?.stage !== "done" && state.values.all === "matching"}
          className="size-5"
        />
        <label htmlFor={`${idPrefix}all`}>{t("selectAllMatching", { count: matchingCount })}</label>
      </span>
      {/* Mounted from the start, so that screen readers announce each new count. */}
      <p role="status" className="font-semibold" data-testid="bulk-count">
        {count === null ? null : t("selectedCount", { count })}
      </p>
      <div className="flex flex-wrap gap-3">
        {operations.map((operation) => (
          <Button
            key={operation.op}
            type="submit"
            name="op"
            value={operation.op}
            variant={operation.variant ?? "primary"}
            disabled={pending}
            aria-describedby={statusId}
          >
            {operation.label}
          </Button>
        ))}
      </div>
      {result?.stage === "confirm" ? (
        <BulkConfirmation
          outcome={result}
          idPrefix={idPrefix}
          pending={pending}
          headingLevel={headingLevel}
        />
      ) : null}
      <ActionStatus
        id={statusId}
        tone={problem ? "error" : result?.stage === "done" ? "success" : "info"}
      >
        {message}
      </ActionStatus>
      {result?.stage === "done" && result.failures.length > 0 ? (
        <div>
          <p className="font-semibold">{t("failuresHeading")}</p>
          <ul className="list-disc ps-6" data-testid="bulk-failures">
            {result.failures.map((failure) => (
              <li key={failure.id}>
                {failure.label}: {failure.reason}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </fieldset>
  );
}
