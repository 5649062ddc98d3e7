import type { Metadata } from "next";
import en from "@/lib/i18n/messages/en.json";
import { routing } from "@/lib/i18n/routing";
import { localized, publicRoutes } from "@/lib/routes";

export const metadata: Metadata = { title: `${en.NotFound.title} · ${en.Site.name}` };

/**
 * Paths outside any locale that the proxy does not redirect (a missing file, an unknown locale).
 * No locale is known here, so the page is in the default locale and offers each locale's home
 * page, labelled in that locale's own language.
 */
export default async function RootNotFound() {
  const homeLinks = await Promise.all(
    routing.locales.map(async (locale) => {
      const messages = (await import(`@/lib/i18n/messages/${locale}.json`)).default as typeof en;
      return { locale, label: messages.NotFound.homeLink };
    }),
  );

  return (
    <html lang={routing.defaultLocale}>
      <body className="bg-white text-slate-900 antialiased dark:bg-slate-900 dark:text-slate-100">
        <main className="mx-auto flex max-w-3xl flex-col gap-6 px-4 py-16 sm:px-6">
          <p className="text-2xl font-bold tracking-tight text-accent-800 dark:text-accent-200">
            {en.Site.name}
          </p>
          <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{en.NotFound.title}</h1>
          <p className="text-lg text-slate-700 dark:text-slate-300">{en.NotFound.body}</p>
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            {homeLinks.map(({ locale, label }) => (
              <li key={locale}>
                {/* A plain link: there is no locale context outside app/[locale]. */}
                <a
                  href={localized(locale, publicRoutes.home())}
                  hrefLang={locale}
                  lang={locale}
                  className="inline-flex min-h-11 items-center font-medium text-accent-700 underline underline-offset-4 dark:text-accent-200"
                >
                  {label}
                </a>
              </li>
            ))}
          </ul>
        </main>
      </body>
    </html>
  );
}
