import "server-only";
import { cacheTags, revalidateContent } from "@/lib/data/cache";

/**
 * Lists of letters (the letters index, the home page) show signature counts from their cached
 * render. The letter's own page re-reads its count every few seconds by itself (see
 * lib/data/signature-counts.ts); the lists are refreshed here, at most once per
 * REFRESH_INTERVAL_MS per server, however many signatures are confirmed: a surge must not turn
 * into a re-render of every list per signature.
 */
const REFRESH_INTERVAL_MS = 30_000;

const globalForRefresh = globalThis as unknown as { vigilCountRefreshAt?: number };

export function noteSignatureCountChanged(): void {
  const now = Date.now();
  if (
    globalForRefresh.vigilCountRefreshAt &&
    now - globalForRefresh.vigilCountRefreshAt < REFRESH_INTERVAL_MS
  ) {
    return;
  }
  globalForRefresh.vigilCountRefreshAt = now;
  try {
    revalidateContent(cacheTags.letters);
  } catch (error) {
    // Outside a Next.js server (scripts, integration tests) there is no cache to refresh.
    if (error instanceof Error && error.message.includes("static generation store missing")) return;
    throw error;
  }
}
