"use client";

import { useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { languageName } from "@/components/dashboard/form/form-locales";
import type { TranslationStatus as Status } from "@/lib/validation/localized";

/**
 * An item's translation status: "Translation complete", or which languages miss text that
 * another language has ("Missing: Russian"). Computed by lib/validation/localized.ts.
 */
export function TranslationStatus({ status }: { status: Status }) {
  const t = useTranslations("EditorForm");
  const pageLocale = useLocale();
  if (status.complete) return <Badge tone="success">{t("translationComplete")}</Badge>;
  return (
    <Badge tone="warning">
      {t("translationMissing", {
        languages: status.missing.map((locale) => languageName(locale, pageLocale)).join(", "),
      })}
    </Badge>
  );
}
