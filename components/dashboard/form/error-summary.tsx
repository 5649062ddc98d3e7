"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, type MouseEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { useFormErrors } from "@/components/dashboard/form/form-context";

/**
 * Follows an error link to its field and puts the cursor there: a fragment link alone scrolls but
 * does not always move focus, and the field, not the page, is where the fix is typed.
 */
function focusField(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const field = document.getElementById(id);
  if (!field) return;
  event.preventDefault();
  field.scrollIntoView({ block: "center" });
  field.focus();
}

/**
 * The list of a form's errors, above the form, each linking to its field. It takes focus when it
 * appears, so that keyboard and screen-reader users learn at once that the save failed and why.
 * `submissionKey` changes with every submission, so a second failed save takes focus again.
 */
export function ErrorSummary({
  submissionKey,
  message,
}: {
  submissionKey: unknown;
  /** A form-level problem without a field (a tampered form, an expired session). */
  message?: string;
}) {
  const t = useTranslations("EditorForm");
  const errors = useFormErrors();
  const ref = useRef<HTMLDivElement>(null);
  const visible = errors.length > 0 || Boolean(message);

  useEffect(() => {
    if (visible) ref.current?.focus();
  }, [visible, submissionKey]);

  if (!visible) return null;
  return (
    <div ref={ref} tabIndex={-1} className="rounded-md focus:outline-2 focus:outline-offset-2">
      <Alert tone="error" title={message ?? t("errorSummaryTitle", { count: errors.length })}>
        {errors.length > 0 ? (
          <ul className="list-disc ps-5">
            {errors.map((error) => (
              <li key={error.name}>
                <a
                  href={`#${error.id}`}
                  className="underline underline-offset-2"
                  onClick={(event) => focusField(event, error.id)}
                >
                  {error.text}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
      </Alert>
    </div>
  );
}
