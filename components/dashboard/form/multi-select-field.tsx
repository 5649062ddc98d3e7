"use client";

import clsx from "clsx";
import type { ReactNode } from "react";
import { controlClass, Field, fieldDescriptionIds } from "@/components/ui/field";
import { useFieldState } from "@/components/dashboard/form/form-context";

interface MultiSelectFieldProps {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  options: readonly { value: string; label: string }[];
  size?: number;
}

/**
 * A list box choosing several items from a long list (sources): a native `select multiple`, which
 * works without JavaScript and with the keyboard (Ctrl/Cmd or Shift with the arrows).
 */
export function MultiSelectField({ name, label, hint, options, size = 6 }: MultiSelectFieldProps) {
  const field = useFieldState(name);
  const { describedBy } = fieldDescriptionIds(field.id, hint, field.error);
  return (
    <Field id={field.id} label={label} hint={hint} error={field.error}>
      <select
        id={field.id}
        name={name}
        multiple
        size={Math.min(size, Math.max(2, options.length))}
        defaultValue={field.values}
        aria-invalid={field.error ? true : undefined}
        aria-describedby={describedBy}
        className={clsx(controlClass)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
