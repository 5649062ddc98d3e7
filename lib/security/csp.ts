/**
 * The Content-Security-Policy of every page. Pure so that it can be unit-tested; proxy.ts calls
 * it for each request.
 *
 * Two profiles:
 * - With a nonce (staff and account pages, rendered per request): only scripts carrying this
 *   request's nonce run, and what they load ('strict-dynamic').
 * - Without (public pages, served from the cache so that a surge of readers costs no renders):
 *   a cached page cannot carry a per-request nonce, and Next.js puts its page data in inline
 *   scripts, so inline scripts are allowed there; scripts from other origins, plugins, framing,
 *   <base> and foreign form targets stay forbidden. These pages render staff-written content
 *   through React (escaped) and a structured rich-text renderer, never raw HTML.
 */
export interface ContentSecurityPolicyOptions {
  /** Base64 nonce of this request; Next.js copies it onto its own script tags. */
  nonce?: string;
  /** Development needs 'unsafe-eval' (React rebuilds server error stacks with eval) and plain http. */
  isDev: boolean;
  /**
   * Add `upgrade-insecure-requests` (default: outside development). Pass false for a page served
   * over plain http, e.g. a demo opened by LAN address: the browser would otherwise rewrite every
   * asset URL to https, which such a server does not answer.
   */
  upgradeInsecureRequests?: boolean;
}

export function buildContentSecurityPolicy({
  nonce,
  isDev,
  upgradeInsecureRequests = !isDev,
}: ContentSecurityPolicyOptions): string {
  const scriptSources = nonce
    ? // 'strict-dynamic' lets the nonce-bearing framework scripts load their chunks; hosts and
      // 'self' are then ignored by modern browsers and kept only as a fallback for old ones.
      ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]
    : ["'self'", "'unsafe-inline'"];
  const directives: [name: string, ...values: string[]][] = [
    ["default-src", "'self'"],
    ["script-src", ...scriptSources, ...(isDev ? ["'unsafe-eval'"] : [])],
    // React and Next.js set style attributes at runtime, which nonces cannot cover.
    ["style-src", "'self'", "'unsafe-inline'"],
    ["img-src", "'self'", "data:", "blob:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
    ...(upgradeInsecureRequests && !isDev ? [["upgrade-insecure-requests"] as [string]] : []),
  ];
  return directives.map((directive) => directive.join(" ")).join("; ");
}

/** A fresh nonce: 128 random bits, base64-encoded as CSP expects. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
