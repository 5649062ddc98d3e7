"use client";

import { useLocale, useTranslations } from "next-intl";
import { isContentLocale } from "@/lib/content-model/localized";
import { languageName } from "@/components/dashboard/form/form-locales";

/**
 * A readable name for a changed field in the conflict notice: ["name", "en"] → "Name (English)",
 * ["cases", "<id>", "court", "ru"] → "Cases › Court (Russian)". Unknown segments (row ids) are
 * left out; the change's own label names the row.
 */
export function usePrisonerFieldLabel(): (path: string[]) => string {
  const t = useTranslations("PrisonerEditor.fields");
  const pageLocale = useLocale();
  return (path) => {
    const words: string[] = [];
    let language: string | null = null;
    for (const segment of path) {
      if (isContentLocale(segment)) language = languageName(segment, pageLocale);
      else if (t.has(segment as never)) words.push(t(segment as never));
    }
    const text = words.join(" › ") || path.join(".");
    return language ? `${text} (${language})` : text;
  };
}
