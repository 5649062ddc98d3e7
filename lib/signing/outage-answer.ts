import "server-only";
import { createTranslator } from "next-intl";
import en from "@/lib/i18n/messages/en.json";
import ru from "@/lib/i18n/messages/ru.json";
import type { Locale } from "@/lib/i18n/routing";
import { escapeHtml } from "@/lib/mail/templates/render-html";
import { DATABASE_RETRY_AFTER_SECONDS } from "@/lib/postgres/unavailable";
import { localized, publicRoutes } from "@/lib/routes";

/**
 * The answer of a signing route handler when the database cannot be reached: 503 with
 * Retry-After, so that clients, proxies and monitors see "temporarily unavailable", and a small
 * self-contained page a browser without JavaScript shows as it is, saying that nothing was saved
 * and offering the way back:
 *
 *   - sign: "Back to the form" opens the letter's /sign page, which restores what was typed from
 *     the encrypted form-state cookie this answer sets (problem "unavailable"). A 303 to that page
 *     would restore the form too, but the browser would then see a 200 and nobody a 503; the
 *     issue asks for the 503, and this way the status is true and the values are kept.
 *   - resend: the form itself again (one field), filled in, to send in one press.
 *   - confirm / withdraw: nothing was typed; a link back to the page with the button.
 *
 * No refresh timer sends the visitor back by itself: a page that moves on after a time limit is
 * an accessibility failure (WCAG 2.2.1), and the visitor decides when to try again.
 */

const MESSAGES = { en, ru } satisfies Record<Locale, unknown>;

/** "follow": a follow form (lib/follows), which keeps what was typed as the sign form does. */
export type OutageAnswerKind = "sign" | "follow" | "confirm" | "withdraw" | "resend";

export interface OutageAnswerOptions {
  kind: OutageAnswerKind;
  locale: Locale;
  /** The page of this site to go back to (the /sign page, the confirmation page …). */
  backPath: string;
  /** For "resend": where the form posts and the address that was typed. */
  resend?: { action: string; email: string };
  /** Extra headers (the sign form's state cookie). */
  headers?: HeadersInit;
}

export function databaseUnavailableAnswer(options: OutageAnswerOptions): Response {
  const { kind, locale } = options;
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "Outage" });
  const body =
    kind === "sign"
      ? t("signBody")
      : kind === "follow"
        ? t("followBody")
        : kind === "resend"
          ? t("resendBody")
          : t("confirmBody");
  const back = safePath(options.backPath, localized(locale, publicRoutes.home()));
  const title = escapeHtml(t("title"));
  const resendForm = options.resend
    ? `<form method="post" action="${escapeHtml(safePath(options.resend.action, back))}">` +
      `<input type="hidden" name="locale" value="${locale}">` +
      `<p><label for="outage-email">${escapeHtml(t("email"))}</label><br>` +
      `<input id="outage-email" name="email" type="email" autocomplete="email" required value="${escapeHtml(options.resend.email)}"></p>` +
      `<p><button type="submit">${escapeHtml(t("tryAgain"))}</button></p></form>`
    : "";
  const backLabel = kind === "sign" || kind === "follow" ? t("backToForm") : t("backToPage");
  const html =
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<meta name="robots" content="noindex"><title>${title}</title></head>` +
    `<body><main><h1>${title}</h1><p>${escapeHtml(body)}</p>${resendForm}` +
    `<p><a href="${escapeHtml(back)}">${escapeHtml(backLabel)}</a></p></main></body></html>`;

  const headers = new Headers(options.headers);
  headers.set("Content-Type", "text/html; charset=utf-8");
  headers.set("Retry-After", String(DATABASE_RETRY_AFTER_SECONDS));
  headers.set("Cache-Control", "no-store");
  // The page has no script, style or image: nothing may load or frame it; its one form posts here.
  headers.set(
    "Content-Security-Policy",
    "default-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  );
  return new Response(html, { status: 503, headers });
}

/** A path of this site (never another origin, `//host` included), else the fallback. */
function safePath(path: string, fallback: string): string {
  return path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\")
    ? path
    : fallback;
}
