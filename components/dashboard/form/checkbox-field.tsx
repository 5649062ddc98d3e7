"use client";

import type { ReactNode } from "react";
import { Checkbox } from "@/components/ui/checkbox";
import { useFieldState } from "@/components/dashboard/form/form-context";

interface CheckboxFieldProps {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  /** The submitted value when checked; the form state holds it when the box was checked. */
  value?: string;
}

/** A single checkbox (a yes/no field) whose state and error come from the form state. */
export function CheckboxField({ name, label, hint, value = "on" }: CheckboxFieldProps) {
  const field = useFieldState(name);
  return (
    <Checkbox
      name={name}
      id={field.id}
      label={label}
      hint={hint}
      value={value}
      defaultChecked={field.values.includes(value)}
      error={field.error}
    />
  );
}
