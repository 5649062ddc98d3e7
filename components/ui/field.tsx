import type { ReactNode } from "react";

/** Ids of a field's hint and error, for the control's aria-describedby. */
export function fieldDescriptionIds(id: string, hint?: ReactNode, error?: ReactNode) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return { hintId, errorId, describedBy };
}

/** Text inputs, selects and text areas (the class is in app/globals.css). */
export const controlClass = "field-control";

interface FieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  required?: boolean;
  /** Marker after the label of a required field, e.g. "(required)", in the page's language. */
  requiredLabel?: ReactNode;
  children: ReactNode;
}

/** Label, hint, control and error message, stacked in the order a screen reader meets them. */
export function Field({ id, label, hint, error, required, requiredLabel, children }: FieldProps) {
  const { hintId, errorId } = fieldDescriptionIds(id, hint, error);
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="font-semibold text-slate-900 dark:text-slate-100">
        {label}
        {required && requiredLabel ? (
          <span className="font-normal text-slate-700 dark:text-slate-300"> {requiredLabel}</span>
        ) : null}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-slate-700 dark:text-slate-300">
          {hint}
        </p>
      ) : null}
      {error ? <FieldError id={errorId}>{error}</FieldError> : null}
      {children}
    </div>
  );
}

export function FieldError({ id, children }: { id?: string; children: ReactNode }) {
  return (
    <p id={id} className="flex gap-1.5 text-sm font-semibold text-red-800 dark:text-red-300">
      <svg
        aria-hidden="true"
        viewBox="0 0 20 20"
        className="mt-0.5 size-4 shrink-0"
        fill="currentColor"
      >
        <path d="M10 1.5a8.5 8.5 0 1 0 0 17 8.5 8.5 0 0 0 0-17Zm-.9 4h1.8v6h-1.8v-6Zm0 7.5h1.8v1.8h-1.8V13Z" />
      </svg>
      <span>{children}</span>
    </p>
  );
}
