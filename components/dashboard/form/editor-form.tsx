"use client";

import { useTranslations } from "next-intl";
import { useActionState, type ReactNode } from "react";
import type { FormState, FormValues } from "@/lib/actions/staff-action-state";
import { ConflictNotice, type ConflictChange } from "@/components/dashboard/form/conflict-notice";
import { ErrorSummary } from "@/components/dashboard/form/error-summary";
import { FormStateProvider } from "@/components/dashboard/form/form-context";
import { DefaultSaveButton, SaveBar } from "@/components/dashboard/form/save-bar";

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
  /** A human name for a field path, for the conflict notice. */
  fieldLabel?: (path: string[]) => string;
  children: ReactNode;
}

/**
 * A dashboard edit form around a staff action (lib/actions/staff-action.ts): it shows the values
 * the server echoed after any outcome, the error summary (which takes focus), per-field errors,
 * the conflict notice with the other person's changes, and the save bar. Works without
 * JavaScript: the browser posts the form and the page comes back with the same state.
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
  children,
}: EditorFormProps) {
  const t = useTranslations("EditorForm");
  // A create action never returns "success" (it redirects) and ignores the previous state, so it
  // fits the editor's state type.
  const [state, formAction] = useActionState(action as EditorAction, {
    status: "idle",
    values: initialValues,
  });
  // After a save the page re-renders with the stored values; until the first submission too.
  const fresh =
    state.status === "success" || (state.status === "idle" && !("intent" in state.values));
  const values = fresh ? initialValues : state.values;
  const errors = state.status === "invalid" ? state.fieldErrors : {};
  const conflict = state.status === "error" ? state.conflict : undefined;
  const expectedVersion =
    state.status === "success"
      ? Math.max(state.result.version, version ?? 0)
      : conflict
        ? conflict.currentVersion
        : version;

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
          <ConflictNotice
            conflict={{
              changes: conflict.changes as ConflictChange[],
              changedBy: conflict.changedBy,
              currentVersion: conflict.currentVersion,
            }}
            values={values}
            fieldLabel={fieldLabel}
          />
        ) : null}
        {/* The key remounts the uncontrolled fields whenever the values they start from change. */}
        <form
          key={JSON.stringify(values)}
          action={formAction}
          noValidate
          className="flex flex-col gap-6"
        >
          <DefaultSaveButton />
          {id ? <input type="hidden" name="id" value={id} /> : null}
          {expectedVersion !== undefined ? (
            <input type="hidden" name="expectedVersion" value={expectedVersion} />
          ) : null}
          {children}
          <SaveBar
            label={saveLabel}
            status={
              state.status === "success"
                ? t("savedVersion", { version: state.result.version })
                : state.status === "error" && state.code === "unavailable"
                  ? state.message
                  : null
            }
            failed={state.status === "error"}
          />
        </form>
      </div>
    </FormStateProvider>
  );
}
