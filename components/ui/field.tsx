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

/**
 * Label, hint, control and error message, stacked in the order a screen reader meets them. Styled
 * by component classes (.field, .field-hint, .field-error in app/globals.css): a long form repeats
 * them on every field, and a public form's markup is on every page that has it (issue 17).
 */
export function Field({ id, label, hint, error, required, requiredLabel, children }: FieldProps) {
  const { hintId, errorId } = fieldDescriptionIds(id, hint, error);
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required && requiredLabel ? (
          <span className="field-required"> {requiredLabel}</span>
        ) : null}
      </label>
      {hint ? (
        <p id={hintId} className="field-hint">
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
    <p id={id} className="field-error">
      <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor">
        <path d="M10 1.5a8.5 8.5 0 1 0 0 17 8.5 8.5 0 0 0 0-17Zm-.9 4h1.8v6h-1.8v-6Zm0 7.5h1.8v1.8h-1.8V13Z" />
      </svg>
      <span>{children}</span>
    </p>
  );
}
