"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { TextInputField } from "@/components/dashboard/form/text-input-field";

interface PartialDateFieldProps {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  required?: boolean;
  /** Only a full day is meaningful (fields without a precision column). */
  dayOnly?: boolean;
}

/**
 * A date of which only part may be known. One input takes `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: the
 * precision (year, month, day) is how much is written, which is what the schema stores
 * (lib/validation/partial-date.ts) and what a CSV cell holds, and it needs no JavaScript.
 */
export function PartialDateField({ name, label, hint, required, dayOnly }: PartialDateFieldProps) {
  const t = useTranslations("EditorForm");
  const formatHint = dayOnly ? t("dayHint") : t("partialDateHint");
  return (
    <TextInputField
      name={name}
      label={label}
      hint={
        hint ? (
          <>
            {hint} {formatHint}
          </>
        ) : (
          formatHint
        )
      }
      required={required}
      inputMode="numeric"
      autoComplete="off"
      placeholder={dayOnly ? "YYYY-MM-DD" : "YYYY-MM-DD"}
      maxLength={10}
      className="max-w-48"
    />
  );
}
