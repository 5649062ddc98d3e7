"use client";

import { useTranslations } from "next-intl";
import { Fragment, useActionState, useId, type ReactNode } from "react";
import type { FormState, FormValues } from "@/lib/actions/staff-action-state";
import type { ActionStatusTone } from "@/components/dashboard/form/action-status";
import type { ConflictChange } from "@/components/dashboard/form/conflict-notice";
import { ConflictPanel } from "@/components/dashboard/form/conflict-panel";
import { ErrorSummary } from "@/components/dashboard/form/error-summary";
import { FormStateProvider } from "@/components/dashboard/form/form-context";
import { DefaultSaveButton, SaveBar } from "@/components/dashboard/form/save-bar";
import { useConflictResolution } from "@/components/dashboard/form/use-conflict-resolution";

/** What a successful save returns: the item's new version. */
export interface SavedVersion {
  version: number;
}

export type EditorAction = (
  state: FormState<SavedVersion>,
  formData: FormData,
) => Promise<FormState<SavedVersion>>;

/** A create action, which redirects to the new item and returns a state only on failure. */
export type CreateAction = (
  state: FormState<never>,
  formData: FormData,
) => Promise<FormState<never>>;

interface EditorFormProps {
  action: EditorAction | CreateAction;
  /** The stored values, as form names → text (shown until the first submission, and after a save). */
  initialValues: FormValues;
  /** The version the stored values are from; sent back as `expectedVersion`. */
  version?: number;
  /** The item's id, sent back as `id` (absent when creating). */
  id?: string;
  idPrefix?: string;
  saveLabel?: ReactNode;
  /** A human name for a field path, for the conflict panel. */
  fieldLabel?: (path: string[]) => string;
  /**
   * Whether a conflict compares the form with the stored item field by field (default). Off for
   * a form that adds something to the item (a delivery record) rather than editing its values:
   * there is no "their value" to compare, only "save mine again".
   */
  compareOnConflict?: boolean;
  children: ReactNode;
}

/**
 * A dashboard edit form around a staff action (lib/actions/staff-action.ts): it shows the values
 * the server echoed after any outcome, the error summary (which takes focus), per-field errors,
 * the conflict panel (both versions side by side, keep mine / take theirs / merge), and the save
 * bar with the result next to the button. Works without JavaScript: the browser posts the form
 * and the page comes back with the same state (the panel then offers "keep mine").
 *
 * After a conflict the hidden version moves to the current one: the user has now seen the other
 * changes, so saving again (after merging) is a deliberate decision, not a silent overwrite.
 */
export function EditorForm({
  action,
  initialValues,
  version,
  id,
  idPrefix,
  saveLabel,
  fieldLabel,
  compareOnConflict = true,
  children,
}: EditorFormProps) {
  const t = useTranslations("EditorForm");
  const formId = useId();
  const panelId = `${formId}-conflict`;
  // A create action never returns "success" (it redirects) and ignores the previous state, so it
  // fits the editor's state type.
  const [state, formAction] = useActionState(action as EditorAction, {
    status: "idle",
    values: initialValues,
  });
  const resolution = useConflictResolution({
    state,
    formAction,
    initialValues,
    version,
    formId,
    compare: compareOnConflict,
  });
  const { conflict } = resolution;
  // After a save the page re-renders with the stored values; until the first submission too; and
  // after "take theirs" in a conflict.
  const fresh =
    state.status === "success" ||
    (state.status === "idle" && !("intent" in state.values)) ||
    resolution.tookTheirs;
  const values = fresh ? initialValues : state.values;
  const errors = state.status === "invalid" ? state.fieldErrors : {};
  const expectedVersion =
    state.status === "success"
      ? Math.max(state.result.version, version ?? 0)
      : resolution.baseVersion;
  const status = saveStatus(state, t, panelId);

  return (
    <FormStateProvider values={values} errors={errors} idPrefix={idPrefix}>
      <div className="flex flex-col gap-6">
        <ErrorSummary
          submissionKey={state}
          message={
            state.status === "error" && !conflict
              ? state.message
              : state.status === "invalid" && Object.keys(errors).length === 0
                ? state.message
                : undefined
          }
        />
        {conflict ? (
          <ConflictPanel
            id={panelId}
            conflict={{
              changes: conflict.changes as ConflictChange[],
              changedBy: conflict.changedBy,
              changedAt: conflict.changedAt,
              currentVersion: resolution.baseVersion ?? conflict.currentVersion,
            }}
            submissionKey={state}
            mine={state.values}
            theirs={resolution.theirs}
            formId={formId}
            fieldLabel={fieldLabel}
            tookTheirs={resolution.tookTheirs}
            onTakeTheirs={resolution.takeTheirs}
            onMerge={resolution.merge}
          />
        ) : null}
        <form id={formId} action={formAction} noValidate className="flex flex-col gap-6">
          <DefaultSaveButton />
          {id ? <input type="hidden" name="id" value={id} /> : null}
          {expectedVersion !== undefined ? (
            <input type="hidden" name="expectedVersion" value={expectedVersion} />
          ) : null}
          {/* The key remounts the uncontrolled fields whenever the values they start from change;
              the save bar stays, so its live region is in the page before the result arrives. */}
          <Fragment key={JSON.stringify(values)}>{children}</Fragment>
          <SaveBar label={saveLabel} status={status?.text} tone={status?.tone} />
        </form>
      </div>
    </FormStateProvider>
  );
}

/** The result of the last submission, for the save bar; null before the first one. */
function saveStatus(
  state: FormState<SavedVersion>,
  t: ReturnType<typeof useTranslations<"EditorForm">>,
  panelId: string,
): { tone: ActionStatusTone; text: ReactNode } | null {
  switch (state.status) {
    case "idle":
      return null;
    case "success":
      return { tone: "success", text: t("savedVersion", { version: state.result.version }) };
    case "invalid": {
      const count = Object.keys(state.fieldErrors).length;
      return { tone: "error", text: count > 0 ? t("saveRefused", { count }) : state.message };
    }
    case "error":
      if (!state.conflict) return { tone: "error", text: state.message };
      return {
        tone: "error",
        text: (
          <>
            {t("saveConflict")}{" "}
            <a href={`#${panelId}`} className="underline underline-offset-2">
              {t("saveConflictLink")}
            </a>
          </>
        ),
      };
  }
}
