import { env } from "@/lib/env";

/**
 * An absolute address on this site, for share links and JSON-LD, which leave the page and so
 * cannot be relative. Built from VIGIL_PUBLIC_URL (set it in production; it is also the
 * metadataBase of every page), falling back to the local server. Never from the request's Host
 * header: the profile is a cached page, rendered once for everyone.
 */
export function absoluteUrl(path: string): string {
  const origin = env.VIGIL_PUBLIC_URL ?? `http://localhost:${env.PORT}`;
  return new URL(path, origin).href;
}
