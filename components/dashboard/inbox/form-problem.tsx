"use client";

import { useEffect, useRef } from "react";
import { Alert } from "@/components/ui/alert";
import type { FormState } from "@/lib/actions/staff-action-state";

/**
 * What went wrong with a submission, above its form: the message and, for field errors, a link to
 * each field. It takes focus when it appears, so keyboard and screen-reader users learn at once.
 * `fieldIds` maps form names to the ids of their controls.
 */
export function FormProblem({
  state,
  fieldIds,
}: {
  state: FormState<unknown>;
  fieldIds: Record<string, string>;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const visible = state.status === "invalid" || state.status === "error";

  useEffect(() => {
    if (visible) ref.current?.focus();
  }, [visible, state]);

  if (!visible) return null;
  const fieldErrors = state.status === "invalid" ? Object.entries(state.fieldErrors) : [];
  return (
    <div ref={ref} tabIndex={-1} className="rounded-md focus:outline-2 focus:outline-offset-2">
      <Alert tone="error" title={state.message} announce>
        {fieldErrors.length > 0 ? (
          <ul className="list-disc ps-5">
            {fieldErrors.map(([name, message]) => (
              <li key={name}>
                {fieldIds[name] ? (
                  <a href={`#${fieldIds[name]}`} className="underline underline-offset-2">
                    {message}
                  </a>
                ) : (
                  message
                )}
              </li>
            ))}
          </ul>
        ) : null}
      </Alert>
    </div>
  );
}
