import { ServerResponse } from "node:http";

/** From this length (UTF-16 code units) a string body is sent as UTF-8 bytes. */
export const LARGE_STRING_BODY = 16 * 1024;
/** The bytes of recent large bodies are kept up to this size (about 200 profile pages). */
export const ENCODED_BODIES_MAX_BYTES = 16 * 1024 * 1024;

const PATCHED = Symbol.for("vigil.string-bodies-as-bytes");

/**
 * The UTF-8 bytes of recently sent large bodies, least recently used first. Next.js answers every
 * request for a cached page with the same string object from its own cache, so after the first
 * request a page costs a map lookup instead of an encoding (V8 hashes a string this long by its
 * length, and compares an identical object by reference).
 */
export class EncodedBodies {
  #bytes = new Map<string, Buffer>();
  #size = 0;

  constructor(private readonly maxBytes = ENCODED_BODIES_MAX_BYTES) {}

  /** The kept bytes of `text`, if it was sent recently; encodes nothing. */
  peek(text: string): Buffer | undefined {
    return this.#bytes.get(text);
  }

  get(text: string): Buffer {
    const known = this.#bytes.get(text);
    if (known) {
      this.#bytes.delete(text);
      this.#bytes.set(text, known);
      return known;
    }
    const bytes = Buffer.from(text, "utf8");
    if (bytes.length > this.maxBytes) return bytes;
    this.#bytes.set(text, bytes);
    this.#size += bytes.length;
    for (const [oldest, oldBytes] of this.#bytes) {
      if (this.#size <= this.maxBytes) break;
      this.#bytes.delete(oldest);
      this.#size -= oldBytes.length;
    }
    return bytes;
  }

  get size(): number {
    return this.#size;
  }
}

/**
 * Makes `response.end(text)` send a large text body as the Buffer of its UTF-8 bytes, and
 * `Buffer.byteLength(text)` answer from those bytes for a body sent before. Same bytes on the wire
 * and same lengths; what changes is what they cost the server.
 *
 * Why: Next.js sends every cached page as one string: `Buffer.byteLength(html)` for its
 * Content-Length, then `res.end(html)`. Node.js glues the response headers to a string body before
 * writing it, which makes a second copy of the page in V8's heap on every request. A page with any
 * character beyond Latin-1 (Cyrillic, "—", the language switcher's "Русский") is a two-byte
 * string, and from about 64,000 characters that copy no longer fits a regular heap page: V8 maps
 * fresh memory for it and unmaps it again, request after request. Measured on the 2-core machine
 * (bench/pages.ts), that cost a 72 KB profile a third of its requests per second; a Buffer body is
 * written beside the headers without a copy. Counting the UTF-8 bytes of a two-byte string walks
 * it character by character, a further 3 % of a profile request, which the kept bytes answer
 * in one lookup.
 *
 * Installed once per server process by instrumentation.ts. Other encodings than UTF-8 are left
 * as they are.
 */
export function sendLargeStringBodiesAsBytes(
  targets: { response?: { end: End }; buffer?: { byteLength: ByteLength } } = {},
  encoded = new EncodedBodies(),
): void {
  const response = (targets.response ?? ServerResponse.prototype) as unknown as Marked<{
    end: End;
  }>;
  const buffer = (targets.buffer ?? Buffer) as unknown as Marked<{
    byteLength: ByteLength;
  }>;
  if (!response[PATCHED]) {
    const end = response.end;
    response.end = function endWithBytes(this: unknown, ...args: unknown[]) {
      const [chunk, encoding] = args;
      if (isLargeUtf8Text(chunk, encoding)) args[0] = encoded.get(chunk);
      return end.apply(this, args);
    };
    response[PATCHED] = true;
  }
  if (!buffer[PATCHED]) {
    const byteLength = buffer.byteLength;
    buffer.byteLength = function byteLengthOfKeptBytes(this: unknown, ...args: unknown[]) {
      const [text, encoding] = args;
      const known = isLargeUtf8Text(text, encoding) ? encoded.peek(text) : undefined;
      return known ? known.length : byteLength.apply(this, args);
    };
    buffer[PATCHED] = true;
  }
}

type End = (...args: unknown[]) => unknown;
type ByteLength = (...args: unknown[]) => number;
/** An object whose method is replaced once, marked so that it is not wrapped twice. */
type Marked<T> = T & { [PATCHED]?: true };

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
