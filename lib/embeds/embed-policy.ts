/**
 * What makes /{locale}/embed/… different from every other page: partner sites may frame it
 * (`frame-ancestors *`), while the rest of the site keeps refusing to be framed (`'none'` in
 * lib/security/csp.ts and X-Frame-Options: DENY in next.config.js, which skips these paths).
 * The card needs no script at all, so none may run (`default-src 'none'`); its one stylesheet is
 * inline (`style-src 'unsafe-inline'`, harmless without scripts) and its photo comes from this
 * site. Links open the site in a new window (`form-action 'none'`: the card has no form).
 */

/** `/en/embed/prisoner/x`: the second segment is "embed" (the first is the locale). */
export function isEmbedPath(pathname: string): boolean {
  return /^\/[^/]+\/embed(?:\/|$)/.test(pathname);
}

export function buildEmbedContentSecurityPolicy(): string {
  return [
    "default-src 'none'",
    "img-src 'self'",
    "style-src 'unsafe-inline'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors *",
  ].join("; ");
}
