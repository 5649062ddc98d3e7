"use client";

import type { ReactNode } from "react";
import { FieldError } from "@/components/ui/field";
import { useFieldState } from "@/components/dashboard/form/form-context";

interface CheckboxGroupFieldProps {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  options: readonly { value: string; label: string }[];
}

/**
 * A set of checkboxes submitting one name several times (roles, redacted fields). A fieldset
 * with a legend, so that each box is announced with the question it answers.
 */
export function CheckboxGroupField({ name, legend, hint, options }: CheckboxGroupFieldProps) {
  const field = useFieldState(name);
  const hintId = hint ? `${field.id}-hint` : undefined;
  const errorId = field.error ? `${field.id}-error` : undefined;
  return (
    <fieldset
      id={field.id}
      tabIndex={-1}
      aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
      className="flex flex-col gap-2"
    >
      <legend className="font-semibold text-slate-900 dark:text-slate-100">{legend}</legend>
      {hint ? (
        <p id={hintId} className="text-sm text-slate-700 dark:text-slate-300">
          {hint}
        </p>
      ) : null}
      {field.error ? <FieldError id={errorId}>{field.error}</FieldError> : null}
      <div className="grid gap-x-6 gap-y-2 sm:grid-cols-2">
        {options.map((option) => {
          const id = `${field.id}-${option.value}`;
          return (
            <div key={option.value} className="flex items-start gap-3">
              <input
                id={id}
                type="checkbox"
                name={name}
                value={option.value}
                defaultChecked={field.values.includes(option.value)}
                aria-invalid={field.error ? true : undefined}
                className="mt-0.5 size-6 shrink-0 accent-accent-700 dark:accent-accent-300"
              />
              <label htmlFor={id} className="text-slate-900 dark:text-slate-100">
                {option.label}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
