import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { DashboardShell } from "@/components/dashboard/shell/dashboard-shell";
import { requireActor } from "@/lib/auth/session";
import { getPageLocale } from "@/lib/i18n/page-locale";

// Staff pages are rendered per request (they read the session cookie) and never indexed.
export const metadata: Metadata = { robots: { index: false, follow: false } };

interface DashboardLayoutProps {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}

/**
 * Signed-out visitors are sent to sign-in (and back here afterwards). This is not the guard of
 * the pages below: a layout is not re-rendered on client-side navigation, so every page calls
 * requireActor() itself, and every action and lib/data function checks the policy.
 */
export default async function DashboardLayout({ children, params }: DashboardLayoutProps) {
  const locale = await getPageLocale(params);
  // The enrolment page lives under this layout, so an administrator without an authenticator
  // app is let through here; requireActor() in every other page sends them to enrol.
  const actor = await requireActor(locale, { allowPendingTwoFactor: true });
  const messages = await getMessages({ locale });
  return (
    <DashboardShell actor={actor} locale={locale}>
      {/* The dashboard's error page (error.tsx) needs OutageError, which the locale layout's
          provider (the public error page's messages) lacks. A nested provider replaces its
          parent's messages. */}
      <NextIntlClientProvider
        messages={{
          Error: messages.Error,
          NotFound: messages.NotFound,
          OutageError: messages.OutageError,
        }}
      >
        {children}
      </NextIntlClientProvider>
    </DashboardShell>
  );
}
