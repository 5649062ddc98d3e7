"use client";

import { useTranslations } from "next-intl";
import { TextField } from "@/components/ui/text-field";
import type { AuthErrorCode } from "@/lib/auth/sign-in-state";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/validation/auth";

interface NewPasswordFieldsProps {
  labels: { password: string; passwordConfirm: string; hint: string };
  errors: Partial<Record<string, AuthErrorCode>>;
}

/** A new password typed twice; never pre-filled, not even after an error. */
export function NewPasswordFields({ labels, errors }: NewPasswordFieldsProps) {
  const t = useTranslations("Auth");
  const error = (field: string) => {
    const code = errors[field];
    return code
      ? t(`errors.${code}`, { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH })
      : undefined;
  };
  return (
    <>
      <TextField
        name="password"
        type="password"
        label={labels.password}
        hint={labels.hint}
        autoComplete="new-password"
        required
        requiredLabel={t("required")}
        minLength={PASSWORD_MIN_LENGTH}
        maxLength={PASSWORD_MAX_LENGTH}
        error={error("password")}
      />
      <TextField
        name="passwordConfirm"
        type="password"
        label={labels.passwordConfirm}
        autoComplete="new-password"
        required
        requiredLabel={t("required")}
        maxLength={PASSWORD_MAX_LENGTH}
        error={error("passwordConfirm")}
      />
    </>
  );
}
