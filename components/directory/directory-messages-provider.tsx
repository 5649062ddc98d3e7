"use client";

import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import directoryEn from "@/lib/i18n/messages/features/directory.en.json";
import directoryRu from "@/lib/i18n/messages/features/directory.ru.json";
import paginationEn from "@/lib/i18n/messages/features/pagination.en.json";
import paginationRu from "@/lib/i18n/messages/features/pagination.ru.json";
import statusEn from "@/lib/i18n/messages/features/prisoner-status.en.json";
import statusRu from "@/lib/i18n/messages/features/prisoner-status.ru.json";
import { TIME_ZONE, type Locale } from "@/lib/i18n/routing";

const MESSAGES = {
  en: { ...directoryEn, ...statusEn, ...paginationEn },
  ru: { ...directoryRu, ...statusRu, ...paginationRu },
} satisfies Record<Locale, unknown>;

/**
 * The messages the directory's form and results are drawn with in the browser (the live search).
 * They come with this module's static chunk, cached by the browser once for every search, rather
 * than in each results page's payload, where they were 2 KB in English and 4 KB in Russian of a
 * page that should stay under 40 KB (issue 17).
 */
export function DirectoryMessagesProvider({
  locale,
  children,
}: {
  locale: Locale;
  children: ReactNode;
}) {
  return (
    <NextIntlClientProvider locale={locale} timeZone={TIME_ZONE} messages={MESSAGES[locale]}>
      {children}
    </NextIntlClientProvider>
  );
}
