import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { ErrorMessagesProvider } from "@/components/layout/error-messages-provider";
import { SkipLink } from "@/components/layout/skip-link";
import { routing } from "@/lib/i18n/routing";
import { publicOrigin } from "@/lib/security/public-origin";

interface LocaleLayoutProps {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LocaleLayoutProps): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Site" });
  return {
    // Canonical and hreflang links must be absolute: on the configured public origin.
    metadataBase: new URL(publicOrigin()),
    title: { template: `%s · ${t("name")}`, default: `${t("name")}: ${t("tagline")}` },
    description: t("description"),
  };
}

export default async function LocaleLayout({ children, params }: LocaleLayoutProps) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);

  return (
    <html lang={locale}>
      <body className="flex min-h-dvh flex-col bg-white text-slate-900 antialiased print:bg-white print:text-black dark:bg-slate-900 dark:text-slate-100">
        {/* The public error page and the 404 are the client components above every page: their
            messages come from a static chunk, not from each page's payload. The dashboard's
            error messages come with the dashboard's own layout. */}
        <ErrorMessagesProvider locale={locale}>
          {/* The skip link targets #main-content, which each route group's layout renders: the
              public site's (public)/(auth) layout between its header and footer, the dashboard's
              shell beside its own header and menu. */}
          <SkipLink />
          {children}
        </ErrorMessagesProvider>
      </body>
    </html>
  );
}
