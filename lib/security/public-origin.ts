import { env } from "@/lib/env";

/**
 * The site's public origin ("https://vigil.example.org", no trailing slash): VIGIL_PUBLIC_URL,
 * required in production, else the local server (http://localhost:$PORT) for development and
 * tests. The launchers (scripts/start.ts, bench/) set VIGIL_PUBLIC_URL to the address they serve.
 *
 * The only origin of e-mail links (signing, invitations, password resets) and absolute URLs
 * (sitemap, robots.txt, feeds, canonical and hreflang links, share links, JSON-LD), and what the
 * origin checks of form posts compare with. Never derived from a request: Host, X-Forwarded-Host
 * and Origin are chosen by the client, and one forged request would otherwise put another site
 * into a signer's confirmation mail or into the cached sitemap.
 */
export function publicOrigin(): string {
  return env.VIGIL_PUBLIC_URL ?? `http://localhost:${env.PORT}`;
}

/** An absolute URL on this site for a path ("/en/letters/x"). */
export function publicUrl(path: string): string {
  return new URL(path, publicOrigin()).href;
}

/**
 * True when the request's Origin header is the site's public origin, and only then: the check
 * that stands in for a CSRF token on the public forms (cached pages cannot carry a per-visitor
 * token) and on staff writes. The Host and X-Forwarded-Host a request was sent with are the
 * client's to choose, so they prove nothing. Browsers send Origin with every cross-site POST and
 * with same-site form posts; a request without it is refused.
 */
export function isSameOriginRequest(request: Request): boolean {
  return request.headers.get("origin") === publicOrigin();
}
