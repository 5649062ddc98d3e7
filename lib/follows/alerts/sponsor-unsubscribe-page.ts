import "server-only";
import type { Locale } from "@/lib/i18n/routing";
import { apiRoutes, withQuery } from "@/lib/routes";
import { followAlertsTranslator } from "@/lib/mail/templates/follow-alert-sentence";

/**
 * The small page a sponsor's unsubscribe link opens (a GET changes nothing): a button that POSTs
 * to the same address, then "done". Plain HTML, no script, no third-party request; it shows the
 * button whatever the token, so it does not tell a genuine token from a forged one.
 */
export function sponsorUnsubscribePage(
  locale: Locale,
  token: string,
  step: "ask" | "done",
): Response {
  const t = followAlertsTranslator(locale);
  const action = withQuery(apiRoutes.sponsorAlertsUnsubscribe(token), { from: "page", locale });
  const body =
    step === "ask"
      ? `<p>${escapeHtml(t("sponsorPage.ask"))}</p>
<form method="post" action="${escapeHtml(action)}"><button type="submit">${escapeHtml(t("sponsorPage.button"))}</button></form>`
      : `<p role="status">${escapeHtml(t("sponsorPage.done"))}</p>`;
  const html = `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(t("sponsorPage.title"))}</title>
<style>body{font:1rem/1.5 system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem;color:#111;background:#fff}button{font:inherit;padding:.5rem 1rem;color:#fff;background:#1d4ed8;border:0;border-radius:.25rem}button:focus-visible{outline:3px solid #111;outline-offset:2px}</style>
</head><body><main><h1>${escapeHtml(t("sponsorPage.title"))}</h1>
${body}</main></body></html>`;
  return new Response(html, {
    status: 200,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-store",
      "Referrer-Policy": "no-referrer",
    },
  });
}

function escapeHtml(value: string): string {
  return value
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");
}
