"use client";

import { useRouter } from "next/navigation";
import { startTransition, useEffect, useState } from "react";
import {
  differences,
  mergedValues,
  writeFormData,
  type MergeChoice,
} from "@/components/dashboard/form/conflict-merge";
import type { FormConflict, FormState, FormValues } from "@/lib/actions/staff-action-state";

interface ConflictResolutionInput<Result> {
  state: FormState<Result>;
  formAction: (formData: FormData) => void;
  /** The page's stored values and version: after a conflict, re-read to be "theirs". */
  initialValues: FormValues;
  version: number | undefined;
  formId: string;
  /** False for a form that adds to the item instead of editing its values (see EditorForm). */
  compare: boolean;
}

export interface ConflictResolution {
  conflict: FormConflict | undefined;
  /** The stored version's values, once the page has been re-read after the conflict. */
  theirs: FormValues | null;
  /** The version a save from here is based on. */
  baseVersion: number | undefined;
  tookTheirs: boolean;
  takeTheirs: () => void;
  merge: (choices: Record<string, MergeChoice>) => void;
}

/**
 * The editor's way out of a conflict. On a refused save the page is re-read (router.refresh keeps
 * the form's state), so the page's values become the other person's version, compared with what
 * the editor submitted. "Take theirs" shows the stored values in the form (what the editor
 * submitted stays in the action state, listed by the panel); "merge" posts the form as it is now
 * with the fields and rows chosen as "theirs" applied (rows matched by id, conflict-rows.ts),
 * based on the version the comparison was made with.
 */
export function useConflictResolution<Result>({
  state,
  formAction,
  initialValues,
  version,
  formId,
  compare,
}: ConflictResolutionInput<Result>): ConflictResolution {
  const router = useRouter();
  const conflict = state.status === "error" ? state.conflict : undefined;
  const [tookTheirsFor, setTookTheirsFor] = useState<FormState<Result> | null>(null);

  useEffect(() => {
    if (conflict) router.refresh();
  }, [conflict, router]);

  const ready =
    conflict !== undefined && version !== undefined && version >= conflict.currentVersion;
  const theirs = ready && compare ? initialValues : null;
  const baseVersion = conflict ? (ready ? version : conflict.currentVersion) : version;

  const merge = (choices: Record<string, MergeChoice>) => {
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement) || !theirs) return;
    const mine = state.values;
    const merged = mergedValues(mine, theirs, differences(mine, theirs), choices);
    const formData = new FormData(form);
    writeFormData(formData, merged.values, merged.touched);
    formData.set("intent", "save");
    if (baseVersion !== undefined) formData.set("expectedVersion", String(baseVersion));
    startTransition(() => formAction(formData));
  };

  return {
    conflict,
    theirs,
    baseVersion,
    tookTheirs: theirs !== null && tookTheirsFor === state,
    takeTheirs: () => setTookTheirsFor(state),
    merge,
  };
}
