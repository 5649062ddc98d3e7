"use client";

import type { ComponentProps, ReactNode } from "react";
import { useTranslations } from "next-intl";
import { TextField } from "@/components/ui/text-field";
import { useFieldState } from "@/components/dashboard/form/form-context";

type TextInputFieldProps = Omit<
  ComponentProps<typeof TextField>,
  "id" | "error" | "defaultValue" | "value" | "requiredLabel"
> & { name: string; label: ReactNode };

/** A text input whose value and error come from the form state (see form-context.tsx). */
export function TextInputField({ name, ...rest }: TextInputFieldProps) {
  const t = useTranslations("EditorForm");
  const field = useFieldState(name);
  return (
    <TextField
      {...rest}
      name={name}
      id={field.id}
      defaultValue={field.value}
      error={field.error}
      requiredLabel={t("required")}
    />
  );
}
