"use client";

import en from "@/lib/i18n/messages/features/errors.en.json";
import ru from "@/lib/i18n/messages/features/errors.ru.json";
import { routing, type Locale } from "@/lib/i18n/routing";
import { localized, publicRoutes } from "@/lib/routes";

const MESSAGES = { en, ru } satisfies Record<Locale, typeof en>;

/**
 * The root's 404, 403 and 401 pages: outside app/[locale], where no locale is known, so they are
 * in the default locale and offer each locale's home page, labelled in that locale's language.
 *
 * Next.js renders a segment's not-found, forbidden and unauthorized pages into every page's
 * payload beforehand (with `authInterrupts`, its own 403 and 401 pages are the root's otherwise,
 * ~1 KB each of inline styles), so every public page carries all three. A client component, their
 * words come with its static chunk, which the browser caches once: each page's payload carries
 * only `{ kind, siteName }` three times. Their look lives in one class (.root-fallback in
 * app/globals.css), not in utilities per element.
 */
export function RootFallbackPage({
  kind,
  siteName,
}: {
  kind: "notFound" | "forbidden" | "unauthorized";
  siteName: string;
}) {
  const messages = MESSAGES[routing.defaultLocale];
  const title = {
    notFound: messages.NotFound.title,
    forbidden: messages.AccessFallback.forbiddenTitle,
    unauthorized: messages.AccessFallback.unauthorizedTitle,
  }[kind];
  return (
    <html lang={routing.defaultLocale}>
      <body className="root-fallback">
        <title>{`${title} · ${siteName}`}</title>
        <main>
          <p>{siteName}</p>
          <h1>{title}</h1>
          {kind === "notFound" ? <p>{messages.NotFound.body}</p> : null}
          <ul>
            {routing.locales.map((locale) => (
              <li key={locale}>
                {/* A plain link: there is no locale context outside app/[locale]. */}
                <a href={localized(locale, publicRoutes.home())} hrefLang={locale} lang={locale}>
                  {MESSAGES[locale].NotFound.homeLink}
                </a>
              </li>
            ))}
          </ul>
        </main>
      </body>
    </html>
  );
}
