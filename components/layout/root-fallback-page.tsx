import { cache, type ReactNode } from "react";
import type en from "@/lib/i18n/messages/en.json";
import { routing, type Locale } from "@/lib/i18n/routing";
import { localized, publicRoutes } from "@/lib/routes";

type ShellMessages = typeof en;

/** Each locale's shell messages (lib/i18n/messages/<locale>.json), for pages outside any locale. */
export async function shellMessagesOf(locale: Locale): Promise<ShellMessages> {
  return (await import(`@/lib/i18n/messages/${locale}.json`)).default as ShellMessages;
}

/**
 * The root's 404, 403 and 401 pages: outside app/[locale], where no locale is known, so they are
 * in the default locale and offer each locale's home page, labelled in that locale's language.
 *
 * Next.js renders a segment's not-found, forbidden and unauthorized pages into every page's
 * payload beforehand (with `authInterrupts`, its own 403 and 401 pages are the root's otherwise,
 * ~1 KB each of inline styles), so every public page carries all three: they stay this small, and
 * their look lives in one class (.root-fallback in app/globals.css), not in utilities per element.
 */
export async function RootFallbackPage({ title, body }: { title: string; body?: ReactNode }) {
  const [messages, links] = await Promise.all([
    shellMessagesOf(routing.defaultLocale),
    homeLinks(),
  ]);
  return (
    <html lang={routing.defaultLocale}>
      <body className="root-fallback">
        <title>{`${title} · ${messages.Site.name}`}</title>
        <main>
          <p>{messages.Site.name}</p>
          <h1>{title}</h1>
          {body ? <p>{body}</p> : null}
          {links}
        </main>
      </body>
    </html>
  );
}

/**
 * Each locale's home page, labelled in its language: one element per request, shared by the
 * three pages, so that the payload can refer to it rather than repeat it.
 */
const homeLinks = cache(async () => {
  const links = await Promise.all(
    routing.locales.map(async (locale) => ({
      locale,
      label: (await shellMessagesOf(locale)).NotFound.homeLink,
    })),
  );
  return (
    <ul>
      {links.map(({ locale, label }) => (
        <li key={locale}>
          {/* A plain link: there is no locale context outside app/[locale]. */}
          <a href={localized(locale, publicRoutes.home())} hrefLang={locale} lang={locale}>
            {label}
          </a>
        </li>
      ))}
    </ul>
  );
});
