import type { ServerResponse } from "node:http";

/** From this length (UTF-16 code units) a string body is sent as UTF-8 bytes. */
export const LARGE_STRING_BODY = 16 * 1024;

type End = (...args: unknown[]) => unknown;

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
 * A Buffer body is written beside the headers without a copy; encoding it costs about 0.1 ms.
 *
 * Installed by the web server on each response it hands to Next.js (scripts/lib/web-server.ts),
 * never on Node's prototypes: no other library in the process is touched. Nothing is cached, so
 * nothing is held after the response and no lookup can degrade (an earlier version kept the bytes
 * of recent pages in a Map keyed by the page string, which V8 hashes by length alone from about
 * 16K characters). `VIGIL_LARGE_BODIES_AS_BYTES=0` turns it off; `npm run bench:pages` prints the
 * profile served both ways.
 */
export function sendLargeStringBodiesAsBytes(response: Pick<ServerResponse, "end">): void {
  const end = response.end as unknown as End;
  (response as unknown as { end: End }).end = function endWithBytes(
    this: unknown,
    ...args: unknown[]
  ) {
    const [chunk, encoding] = args;
    if (isLargeUtf8Text(chunk, encoding)) args[0] = Buffer.from(chunk, "utf8");
    return end.apply(this, args);
  };
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
