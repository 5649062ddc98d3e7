import { internalRoutes, publicRoutes } from "@/lib/routes";

/**
 * The address a page's links should name for the path it is rendered at. A cached directory page
 * is rendered at its own path (`/directory-view/{view}`, lib/search/directory-view.ts), which is
 * what `usePathname()` gives while Next.js renders it, but no visitor may ask for it: its address
 * is `/prisoners` with the view's query. Any other path is its own address. No Buffer and no
 * validation here, so that client components can use it: a view is only ever one the site made,
 * and one that does not decode gives the plain listing.
 */
export function publicPathOf(pathname: string): string {
  const prefix = `${internalRoutes.directoryViewRoot()}/`;
  if (!pathname.startsWith(prefix)) return pathname;
  const params = paramsOfView(pathname.slice(prefix.length));
  const query = params ? new URLSearchParams(params).toString() : "";
  return query ? `${publicRoutes.prisoners()}?${query}` : publicRoutes.prisoners();
}

/**
 * The parameters a view encodes (JSON in UTF-8 in base64url), or null; also what
 * `directoryQueryOfView` reads a view with.
 */
export function paramsOfView(view: string): Record<string, string> | null {
  try {
    const base64 = decodeURIComponent(view).replaceAll("-", "+").replaceAll("_", "/");
    const bytes = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
    const values: unknown = JSON.parse(new TextDecoder().decode(bytes));
    if (typeof values !== "object" || values === null || Array.isArray(values)) return null;
    const entries = Object.entries(values);
    return entries.every(([, value]) => typeof value === "string")
      ? (Object.fromEntries(entries) as Record<string, string>)
      : null;
  } catch {
    return null; // "all" (the plain listing) and anything else that is not a view's JSON.
  }
}
