import clsx from "clsx";
import type { ComponentProps, ReactNode } from "react";
import { controlClass, Field, fieldDescriptionIds } from "@/components/ui/field";

type TextFieldProps = Omit<ComponentProps<"input">, "id" | "name"> & {
  name: string;
  label: ReactNode;
  /** Defaults to the name; pass one when a page has two fields of the same name. */
  id?: string;
  hint?: ReactNode;
  error?: ReactNode;
  requiredLabel?: ReactNode;
};

/**
 * A labelled text input. Uncontrolled (`defaultValue`), so a form re-rendered by the server
 * after a failed submission keeps what the user typed.
 */
export function TextField({
  name,
  label,
  id = name,
  hint,
  error,
  requiredLabel,
  required,
  className,
  type = "text",
  ...rest
}: TextFieldProps) {
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
      <input
        id={id}
        name={name}
        type={type}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={clsx(controlClass, "min-h-11", className)}
        {...rest}
      />
    </Field>
  );
}
