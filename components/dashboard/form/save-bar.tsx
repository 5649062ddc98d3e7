"use client";

import { useTranslations } from "next-intl";
import { useFormStatus } from "react-dom";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";

/**
 * The form's save button, kept in view at the bottom of long forms, with the result of the last
 * save announced next to it. `status` is the text of a successful save ("Saved, version 4"), or
 * with `failed` of a save that did not happen ("Not saved: the database is unreachable…"): the
 * person who pressed Save looks here first, and the error summary at the top may be out of view.
 */
export function SaveBar({
  label,
  status,
  failed = false,
}: {
  label?: ReactNode;
  status?: ReactNode;
  failed?: boolean;
}) {
  const t = useTranslations("EditorForm");
  const { pending } = useFormStatus();
  return (
    <div className="sticky bottom-0 z-10 -mx-4 flex flex-wrap items-center gap-4 border-t border-slate-300 bg-white/95 px-4 py-3 dark:border-slate-700 dark:bg-slate-950/95">
      <Button
        type="submit"
        name="intent"
        value="save"
        disabled={pending}
        aria-disabled={pending || undefined}
      >
        {pending ? t("saving") : (label ?? t("save"))}
      </Button>
      <p
        role="status"
        className={
          failed
            ? "text-sm font-semibold text-red-800 dark:text-red-300"
            : "text-sm text-slate-800 dark:text-slate-200"
        }
      >
        {status}
      </p>
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
