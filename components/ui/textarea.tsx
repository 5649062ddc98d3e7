"use client";

import clsx from "clsx";
import type { ComponentProps, ReactNode } from "react";
import { controlClass, Field, fieldDescriptionIds } from "@/components/ui/field";
import { useTextTypedBeforeHydration } from "@/components/ui/typed-before-hydration";

type TextareaProps = Omit<ComponentProps<"textarea">, "id" | "name"> & {
  name: string;
  label: ReactNode;
  id?: string;
  hint?: ReactNode;
  error?: ReactNode;
  requiredLabel?: ReactNode;
};

/**
 * A labelled textarea. When uncontrolled (defaultValue), what the reader typed before the page's
 * JavaScript ran is kept through hydration (see typed-before-hydration.ts).
 */
export function Textarea({
  name,
  label,
  id = name,
  hint,
  error,
  requiredLabel,
  required,
  className,
  rows = 5,
  defaultValue,
  ...rest
}: TextareaProps) {
  const { describedBy } = fieldDescriptionIds(id, hint, error);
  const initial = useTextTypedBeforeHydration(id, defaultValue == null ? "" : String(defaultValue));
  return (
    <Field
      id={id}
      label={label}
      hint={hint}
      error={error}
      required={required}
      requiredLabel={requiredLabel}
    >
      <textarea
        id={id}
        name={name}
        rows={rows}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={clsx(controlClass, className)}
        defaultValue={rest.value === undefined ? initial : undefined}
        {...rest}
      />
    </Field>
  );
}
