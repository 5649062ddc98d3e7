import type { ServerResponse } from "node:http";

/** From this length (UTF-16 code units) a string body is sent as UTF-8 bytes. */
export const LARGE_STRING_BODY = 16 * 1024;

/** How many recent pages' bytes are kept, and how much memory they may hold (text and bytes). */
export interface RecentPageLimits {
  entries: number;
  bytes: number;
  /** Pages of one length (V8 cannot tell them apart by hash from 16K characters). */
  perLength: number;
}

export const RECENT_PAGES: RecentPageLimits = {
  entries: 64,
  bytes: 16 * 1024 * 1024,
  perLength: 4,
};

type End = (...args: unknown[]) => unknown;
type Response = Pick<ServerResponse, "end" | "getHeader">;

/**
 * Makes `response.end(text)` of this one response send a large text body as a Buffer of its UTF-8
 * bytes. Same bytes on the wire, same Content-Length; what changes is what they cost the server.
 *
 * Why: Next.js sends every cached page as one string (`res.end(html)`). Node.js glues the
 * response headers to a string body before writing it, which copies the page in V8's heap on
 * every request. A page with any character beyond Latin-1 (Cyrillic, "—", the language switcher's
 * "Русский") is a two-byte string, and from about 64,000 characters that copy no longer fits a
 * regular heap page: V8 maps fresh memory for it and unmaps it again, request after request
 * (measured on the 2-core machine, that cost a 72 KB profile a third of its requests per second).
 * A Buffer body is written beside the headers without a copy.
 *
 * The bytes of a shared page (one any cache may keep: not `private`, not `no-store`) are kept for
 * the next request for the same text, in RecentPageBytes; a page only one person may see is
 * encoded for its response and not held. Installed by the web server on each response it hands
 * to Next.js (scripts/lib/web-server.ts), never on Node's prototypes: no other library in the
 * process is touched. `VIGIL_LARGE_BODIES_AS_BYTES=0` turns it off; `npm run bench:pages` prints
 * the profile served both ways.
 */
export function sendLargeStringBodiesAsBytes(
  response: Response,
  recent: RecentPageBytes = sharedRecentPages,
): void {
  const end = response.end as unknown as End;
  (response as unknown as { end: End }).end = function endWithBytes(
    this: unknown,
    ...args: unknown[]
  ) {
    const [chunk, encoding] = args;
    if (isLargeUtf8Text(chunk, encoding)) {
      args[0] = isShared(response) ? recent.bytesOf(chunk) : Buffer.from(chunk, "utf8");
    }
    return end.apply(this, args);
  };
}

/**
 * The UTF-8 bytes of the last few large page texts, found by the text itself. Not a Map keyed by
 * the text: V8 hashes a string of 16K characters or more by its length alone, so such a Map
 * degrades to comparing every page of one length. Here the entries are grouped by length, at most
 * RECENT_PAGES.perLength to a length, so a lookup compares a handful of texts at worst (and a
 * comparison stops at the first differing character, or at once when it is the same string, as
 * Next.js's cache hands out). The oldest entries go when the count or the memory (two bytes per
 * character of the text, which the entry keeps alive, plus the bytes) passes RECENT_PAGES.
 */
export class RecentPageBytes {
  private readonly byLength = new Map<number, { text: string; bytes: Buffer }[]>();
  private readonly order: { text: string; bytes: Buffer }[] = [];
  private memory = 0;

  constructor(private readonly limits: RecentPageLimits = RECENT_PAGES) {}

  bytesOf(text: string): Buffer {
    const sameLength = this.byLength.get(text.length);
    const found = sameLength?.find((entry) => entry.text === text);
    if (found) return found.bytes;
    const entry = { text, bytes: Buffer.from(text, "utf8") };
    const cost = costOf(entry);
    if (cost > this.limits.bytes) return entry.bytes;
    if (sameLength && sameLength.length >= this.limits.perLength) this.remove(sameLength[0]!);
    while (this.order.length >= this.limits.entries || this.memory + cost > this.limits.bytes) {
      this.remove(this.order[0]!);
    }
    this.order.push(entry);
    this.byLength.set(text.length, [...(this.byLength.get(text.length) ?? []), entry]);
    this.memory += cost;
    return entry.bytes;
  }

  /** How many pages and how much memory are held (for tests). */
  get size(): { entries: number; bytes: number } {
    return { entries: this.order.length, bytes: this.memory };
  }

  private remove(entry: { text: string; bytes: Buffer }): void {
    this.order.splice(this.order.indexOf(entry), 1);
    const rest = this.byLength.get(entry.text.length)!.filter((other) => other !== entry);
    if (rest.length) this.byLength.set(entry.text.length, rest);
    else this.byLength.delete(entry.text.length);
    this.memory -= costOf(entry);
  }
}

const sharedRecentPages = new RecentPageBytes();

function costOf(entry: { text: string; bytes: Buffer }): number {
  return entry.text.length * 2 + entry.bytes.length;
}

/** A response any cache may keep: the only kind whose bytes are held after it. */
function isShared(response: Response): boolean {
  const cacheControl = String(response.getHeader("cache-control") ?? "").toLowerCase();
  return (
    cacheControl !== "" && !cacheControl.includes("private") && !cacheControl.includes("no-store")
  );
}

/** A text body worth sending as bytes: large, and written as UTF-8 (Node's default). */
function isLargeUtf8Text(chunk: unknown, encoding: unknown): chunk is string {
  return (
    typeof chunk === "string" &&
    chunk.length >= LARGE_STRING_BODY &&
    (typeof encoding !== "string" || isUtf8(encoding))
  );
}

function isUtf8(encoding: string): boolean {
  const name = encoding.toLowerCase();
  return name === "utf8" || name === "utf-8";
}
