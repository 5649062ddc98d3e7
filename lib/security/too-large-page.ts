import { createTranslator } from "next-intl";
import en from "@/lib/i18n/messages/en.json";
import ru from "@/lib/i18n/messages/ru.json";
import { knownLocaleOr, type Locale } from "@/lib/i18n/routing";
import { localized, publicRoutes } from "@/lib/routes";
import { publicOrigin } from "@/lib/security/public-origin";

/**
 * The 413 answer to a form post that is too long: a small readable page in the visitor's language
 * (the body was not read, so the locale comes from the page's path), with a link back to the
 * form. Used by the public route handlers and by the web server for page posts (server actions,
 * scripts/lib/page-requests.ts); a browser without JavaScript shows it as is, and the sign
 * form's no-JS flow gets a way back.
 */

const MESSAGES = { en, ru } satisfies Record<Locale, unknown>;

/** The locale named by a path's first segment (`/ru/letters/…`), else the default. */
export function localeOfPath(pathname: string): Locale {
  const first = pathname.split("/")[1];
  return knownLocaleOr(first);
}

/**
 * The path of a Referer on this site (VIGIL_PUBLIC_URL), to send the visitor back to the form they
 * came from; null for another site's, or none. Only the path is kept for the link.
 */
export function sameSiteRefererPath(request: Request): string | null {
  const referer = request.headers.get("referer");
  if (!referer) return null;
  try {
    const from = new URL(referer);
    return from.origin === publicOrigin() ? from.pathname : null;
  } catch {
    return null; // Not a URL: no way back but the default.
  }
}

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (character) =>
      ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[character]!,
  );
}

export function payloadTooLargeResponse(options: {
  limitBytes: number;
  locale: Locale;
  /** A path of this site to go back to (the form); the home page of the locale when absent. */
  backPath?: string | null;
}): Response {
  const { locale, limitBytes } = options;
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "TooLarge" });
  const back =
    options.backPath?.startsWith("/") && !options.backPath.startsWith("//")
      ? options.backPath
      : localized(locale, publicRoutes.home());
  const title = escapeHtml(t("title"));
  const body = escapeHtml(t("body", { limitKb: Math.floor(limitBytes / 1024) }));
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head><body><main><h1>${title}</h1><p>${body}</p><p><a href="${escapeHtml(back)}">${escapeHtml(t("backLink"))}</a></p></main></body></html>`;
  return new Response(html, {
    status: 413,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-store",
      // The page has no script, style or image: nothing at all may load or frame it.
      "Content-Security-Policy":
        "default-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    },
  });
}

/**
 * The 413 answer to a server action sent by script (a `Next-Action` POST from a page with
 * JavaScript): plain text, which Next.js's client raises as the action's error message (it shows
 * any other body as "An unexpected response was received from the server"). The Content-Type must
 * be exactly "text/plain" for that; the text is UTF-8 either way.
 */
export function payloadTooLargeTextResponse(options: { limitBytes: number; locale: Locale }) {
  const { locale, limitBytes } = options;
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "TooLarge" });
  return new Response(`${t("title")}. ${t("body", { limitKb: Math.floor(limitBytes / 1024) })}`, {
    status: 413,
    headers: { "Content-Type": "text/plain", "Cache-Control": "no-store" },
  });
}
