"use client";

import { NextIntlClientProvider, type AbstractIntlMessages } from "next-intl";
import type { ReactNode } from "react";
import { TIME_ZONE, type Locale } from "@/lib/i18n/routing";

/**
 * A provider of messages that client components are drawn with, from a map of each locale's
 * messages that a client module imports: they come with that module's static chunk, which the
 * browser caches once, rather than in every page's payload (a server component's provider sends
 * its messages with each page). Called once per module, at its top level.
 */
export function staticMessagesProvider(messages: Record<Locale, AbstractIntlMessages>) {
  return function StaticMessagesProvider({
    locale,
    children,
  }: {
    locale: Locale;
    children: ReactNode;
  }) {
    return (
      <NextIntlClientProvider locale={locale} timeZone={TIME_ZONE} messages={messages[locale]}>
        {children}
      </NextIntlClientProvider>
    );
  };
}
