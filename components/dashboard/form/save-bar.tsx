"use client";

import { useTranslations } from "next-intl";
import { useFormStatus } from "react-dom";
import { useEffect, useRef, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { ActionStatus, type ActionStatusTone } from "@/components/dashboard/form/action-status";

/**
 * The form's save button, kept in view at the bottom of long forms, with the result of the last
 * save shown and announced next to it (components/dashboard/form/action-status.tsx): "Saved:
 * version 4", "Not saved: 2 problems", "Not saved: someone else saved first". The person who
 * pressed Save looks here first; the error summary and the conflict panel higher up may be out of
 * view (they take focus themselves).
 */
export function SaveBar({
  label,
  status,
  tone = "success",
}: {
  label?: ReactNode;
  status?: ReactNode;
  tone?: ActionStatusTone;
}) {
  const t = useTranslations("EditorForm");
  const { pending } = useFormStatus();
  const buttonRef = useRef<HTMLButtonElement>(null);
  // A save re-creates the form (its fields start again from the stored values), and the button
  // that had focus with it: give focus back to the new button, unless the error summary or the
  // conflict panel has just taken it.
  useEffect(() => {
    const active = document.activeElement;
    if (status && (!active || active === document.body)) buttonRef.current?.focus();
  }, [status]);
  return (
    <div className="sticky bottom-0 z-10 -mx-4 flex flex-wrap items-center gap-4 border-t border-slate-300 bg-white/95 px-4 py-3 dark:border-slate-700 dark:bg-slate-950/95">
      <Button
        ref={buttonRef}
        type="submit"
        name="intent"
        value="save"
        disabled={pending}
        aria-disabled={pending || undefined}
      >
        {pending ? t("saving") : (label ?? t("save"))}
      </Button>
      <ActionStatus tone={tone}>{status}</ActionStatus>
    </div>
  );
}

/**
 * An invisible copy of the save button as the form's first submit button: pressing Enter in a
 * field submits the form with the first submit button, which must be "save", not a form's
 * "add another" button further down.
 */
export function DefaultSaveButton() {
  return (
    <button
      type="submit"
      name="intent"
      value="save"
      tabIndex={-1}
      aria-hidden="true"
      className="sr-only"
    />
  );
}
