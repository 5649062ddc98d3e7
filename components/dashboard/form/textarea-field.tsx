"use client";

import type { ComponentProps, ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Textarea } from "@/components/ui/textarea";
import { useFieldState } from "@/components/dashboard/form/form-context";

type TextareaFieldProps = Omit<
  ComponentProps<typeof Textarea>,
  "id" | "error" | "defaultValue" | "value" | "requiredLabel"
> & { name: string; label: ReactNode };

/** A textarea whose value and error come from the form state; what was typed before hydration stays. */
export function TextareaField({ name, ...rest }: TextareaFieldProps) {
  const t = useTranslations("EditorForm");
  const field = useFieldState(name);
  return (
    <Textarea
      {...rest}
      name={name}
      id={field.id}
      defaultValue={field.value}
      error={field.error}
      requiredLabel={t("required")}
    />
  );
}
