"use client";

import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import en from "@/lib/i18n/messages/features/errors.en.json";
import ru from "@/lib/i18n/messages/features/errors.ru.json";
import { TIME_ZONE, type Locale } from "@/lib/i18n/routing";

const MESSAGES = { en, ru } satisfies Record<Locale, typeof en>;

/**
 * The messages of the public error page and the 404 (app/[locale]/error.tsx, not-found.tsx), the
 * only client components above the pages. They come with this module's static chunk, which the
 * browser caches once, rather than in every page's payload (about 1 KB a page, in Russian).
 */
export function ErrorMessagesProvider({
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
