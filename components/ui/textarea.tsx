import clsx from "clsx";
import type { ComponentProps, ReactNode } from "react";
import { controlClass, Field, fieldDescriptionIds } from "@/components/ui/field";

type TextareaProps = Omit<ComponentProps<"textarea">, "id" | "name"> & {
  name: string;
  label: ReactNode;
  id?: string;
  hint?: ReactNode;
  error?: ReactNode;
  requiredLabel?: ReactNode;
};

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
  ...rest
}: TextareaProps) {
  const { describedBy } = fieldDescriptionIds(id, hint, error);
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
        {...rest}
      />
    </Field>
  );
}
