import "server-only";
import { cacheTags, revalidateContent } from "@/lib/data/cache";
import type { JobKind } from "@/lib/jobs/job-kinds";
import { openJobWindow } from "@/lib/jobs/job-window";
import { jobQueuePool } from "@/lib/jobs/queue-pool";

/**
 * Lists of letters (the letters index, the home page) show signature counts from their cached
 * render. The letter's own page re-reads its count every few seconds by itself (see
 * lib/data/signature-counts.ts); the lists are refreshed here, at most once per
 * REFRESH_INTERVAL_MS for the whole cluster, however many signatures are confirmed on however
 * many instances: a surge must not turn into a re-render of every list per signature, nor per
 * instance.
 *
 * The first change after a window has closed refreshes the lists and opens the next window (a
 * deduplicated job on the queue, lib/jobs/job-window.ts); changes while it is open wait for the
 * next change after it (or the lists' hourly expiry), as before. The refresh itself happens
 * here, in the request that confirmed the signature, not in the job: Next.js marks cached pages
 * stale only inside a request (revalidateTag throws "static generation store missing"
 * elsewhere). Each process also remembers the window's end, so it asks the database at most once
 * per window. If the queue cannot be asked (not installed yet, database trouble), the process
 * falls back to its own window, the behaviour before the queue.
 */
const REFRESH_INTERVAL_MS = 30_000;
/** The window's job: its kind, and the key that keeps one of it queued for the cluster. */
const WINDOW_JOB = "letters.count-refresh-window" satisfies JobKind;

const globalForRefresh = globalThis as unknown as { vigilCountRefreshUntil?: number };

export async function noteSignatureCountChanged(): Promise<void> {
  const now = Date.now();
  if ((globalForRefresh.vigilCountRefreshUntil ?? 0) > now) return;
  let opened: boolean;
  try {
    const window = await openJobWindow(jobQueuePool(), WINDOW_JOB, WINDOW_JOB, REFRESH_INTERVAL_MS);
    opened = window.opened;
    globalForRefresh.vigilCountRefreshUntil = window.until.getTime();
  } catch (error) {
    // 42P01: the queue is not installed (no process has started a job worker): expected, quiet.
    if ((error as { code?: string }).code !== "42P01")
      console.warn(
        `[jobs] The count refresh window could not be asked; refreshing per process: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`,
      );
    opened = true;
    globalForRefresh.vigilCountRefreshUntil = now + REFRESH_INTERVAL_MS;
  }
  // Outside a request revalidateContent reaches only a shared cache in Redis (lib/data/cache.ts).
  if (opened) revalidateContent(cacheTags.letters);
}
