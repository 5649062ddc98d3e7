import type { ComponentProps, ReactNode } from "react";
import { FieldError, fieldDescriptionIds } from "@/components/ui/field";

type CheckboxProps = Omit<ComponentProps<"input">, "id" | "name" | "type"> & {
  name: string;
  label: ReactNode;
  id?: string;
  hint?: ReactNode;
  error?: ReactNode;
};

/** A checkbox with its label beside it; the whole label is a click target. */
export function Checkbox({ name, label, id = name, hint, error, ...rest }: CheckboxProps) {
  const { hintId, errorId, describedBy } = fieldDescriptionIds(id, hint, error);
  return (
    <div className="flex flex-col gap-1.5">
      {error ? <FieldError id={errorId}>{error}</FieldError> : null}
      <div className="flex items-start gap-3">
        <input
          id={id}
          name={name}
          type="checkbox"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className="mt-0.5 size-6 shrink-0 accent-accent-700 dark:accent-accent-300"
          {...rest}
        />
        <div className="flex flex-col gap-1">
          <label htmlFor={id} className="text-slate-900 dark:text-slate-100">
            {label}
          </label>
          {hint ? (
            <p id={hintId} className="text-sm text-slate-700 dark:text-slate-300">
              {hint}
            </p>
          ) : null}
        </div>
      </div>
    </div>
  );
}
