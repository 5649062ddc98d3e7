"use client";

import type { ReactNode } from "react";
import { EditorForm, type EditorAction } from "@/components/dashboard/form/editor-form";
import { usePrisonerFieldLabel } from "@/components/dashboard/prisoner/use-prisoner-field-label";
import type { FormValues } from "@/lib/actions/staff-action-state";

/** What every tab of the prisoner editor gets from its page (besides its own options). */
export interface PrisonerTabFormProps {
  action: EditorAction;
  initialValues: FormValues;
  id: string;
  version: number;
}

/**
 * The frame of a prisoner editor tab: the dashboard's EditorForm, with the profile's field names
 * in the conflict notice.
 */
export function PrisonerTabForm({
  children,
  ...form
}: PrisonerTabFormProps & { children: ReactNode }) {
  return (
    <EditorForm {...form} fieldLabel={usePrisonerFieldLabel()}>
      {children}
    </EditorForm>
  );
}
