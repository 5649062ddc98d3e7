import { hasLocale } from "next-intl";
import { routing, type Locale } from "@/lib/i18n/routing";

/**
 * The locale of an open-data answer's localised fields (names, titles, notes): `?locale=` when
 * given (it must be one of the site's), else the first of the site's locales the caller's
 * Accept-Language names, by its q-values, else English. Each localised field still says its own
 * language (`lang`) and whether it is the English fallback (`isFallback`).
 *
 * Written here rather than taken from a negotiation library: only the primary language subtag
 * matters (the site has "en" and "ru", not regional variants), and that is a dozen lines.
 */
export type ApiLocale = { ok: true; locale: Locale } | { ok: false; error: string };

export function apiLocale(requested: string | null, acceptLanguage: string | null): ApiLocale {
  if (requested !== null && requested !== "") {
    return hasLocale(routing.locales, requested)
      ? { ok: true, locale: requested }
      : { ok: false, error: `locale must be one of ${routing.locales.join(", ")}.` };
  }
  return { ok: true, locale: preferredLocale(acceptLanguage) ?? routing.defaultLocale };
}

/** The site locale the header prefers most (ties: the order written), or null. */
function preferredLocale(header: string | null): Locale | null {
  if (!header) return null;
  const ranges = header
    .slice(0, 1000)
    .split(",")
    .map((part, index) => {
      const [tag = "", ...parameters] = part.trim().split(";");
      const q = parameters.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q === undefined ? 1 : Number(q.slice(2));
      return { language: tag.trim().toLowerCase().split("-")[0] ?? "", weight, index };
    })
    .filter(({ weight }) => Number.isFinite(weight) && weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const { language } of ranges) {
    if (hasLocale(routing.locales, language)) return language;
  }
  return null;
}
