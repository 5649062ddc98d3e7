"use client";

import type { ComponentProps, ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Select } from "@/components/ui/select";
import { useFieldState } from "@/components/dashboard/form/form-context";

type SelectFieldProps = Omit<
  ComponentProps<typeof Select>,
  "id" | "error" | "defaultValue" | "value" | "requiredLabel"
> & { name: string; label: ReactNode };

/** A select whose value and error come from the form state. */
export function SelectField({ name, ...rest }: SelectFieldProps) {
  const t = useTranslations("EditorForm");
  const field = useFieldState(name);
  return (
    <Select
      {...rest}
      name={name}
      id={field.id}
      defaultValue={field.value}
      error={field.error}
      requiredLabel={t("required")}
    />
  );
}
