import clsx from "clsx";
import type { ComponentProps, ReactNode } from "react";
import { controlClass, Field, fieldDescriptionIds } from "@/components/ui/field";

export interface SelectOption {
  value: string;
  label: string;
  /** Set when the label is in another language than the page. */
  lang?: string;
}

type SelectProps = Omit<ComponentProps<"select">, "id" | "name" | "children"> & {
  name: string;
  label: ReactNode;
  options: readonly SelectOption[];
  /** A first, empty option such as "Any country". */
  placeholder?: string;
  id?: string;
  hint?: ReactNode;
  error?: ReactNode;
  requiredLabel?: ReactNode;
};

export function Select({
  name,
  label,
  options,
  placeholder,
  id = name,
  hint,
  error,
  requiredLabel,
  required,
  className,
  ...rest
}: SelectProps) {
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
      <select
        id={id}
        name={name}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={clsx(controlClass, "min-h-11", className)}
        {...rest}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
