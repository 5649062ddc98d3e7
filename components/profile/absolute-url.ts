import { publicUrl } from "@/lib/security/public-origin";

/**
 * An absolute address on this site, for share links and JSON-LD, which leave the page and so
 * cannot be relative: on the site's public origin (VIGIL_PUBLIC_URL, also the metadataBase of
 * every page). Never from the request's Host header: the profile is a cached page, rendered once
 * for everyone.
 */
export function absoluteUrl(path: string): string {
  return publicUrl(path);
}
