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
