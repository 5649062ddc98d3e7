import { PayloadTooLargeError } from "@/lib/errors";

/**
 * Reading a request body with a ceiling. `request.formData()` reads the whole body into memory
 * before anything can look at it, so a public form that accepts any size is a way to make the
 * server buffer (and parse) hundreds of megabytes per request. Here the ceiling is checked twice:
 * against Content-Length before a byte is read, and by counting the bytes as they arrive, for a
 * chunked body (no Content-Length) or one whose header understates it. The stream is cancelled
 * at the first byte over the limit, so at most `limit` bytes (plus one chunk) are ever held.
 *
 * Written by hand: the limit has to apply before parsing, and neither the Fetch API nor the
 * form parsers Next.js uses have a size option for a `Request` body.
 */

/** Public forms (sign, confirm, resend, withdraw, report an inaccuracy, sign-in): 32 KB. */
export const PUBLIC_FORM_BODY_LIMIT_BYTES = 32 * 1024;

/**
 * The dashboard's server actions (every staff form, the CSV import with its 400 KB file): 1 MB.
 * next.config.js sets the same figure as `serverActions.bodySizeLimit` ("1mb"; a unit test keeps
 * the two equal), and proxy.ts refuses a longer post with a readable 413 before Next.js reads it:
 * Next.js's own refusal is a 500 error page.
 */
export const STAFF_FORM_BODY_LIMIT_BYTES = 1024 * 1024;

/** Dashboard route handlers unless they say otherwise (`maxBodyBytes` of staffRoute): JSON, 64 KB. */
export const STAFF_ROUTE_BODY_LIMIT_BYTES = 64 * 1024;

const FORM_TYPES = ["application/x-www-form-urlencoded", "multipart/form-data"];

/**
 * True when the Content-Length header alone shows the body is over the limit. An absent or
 * malformed header says nothing here (the count while reading decides).
 */
export function declaredLengthExceeds(headers: Headers, limitBytes: number): boolean {
  const declared = headers.get("content-length");
  if (declared === null || !/^\d+$/.test(declared.trim())) return false;
  return Number(declared) > limitBytes;
}

/** The body's bytes; throws PayloadTooLargeError as soon as it is known to exceed the limit. */
export async function readBoundedBody(
  request: Request,
  limitBytes: number,
): Promise<Uint8Array<ArrayBuffer>> {
  if (declaredLengthExceeds(request.headers, limitBytes)) {
    // Not read at all; cancelling tells the server to drop the rest of the upload.
    await request.body?.cancel().catch(() => undefined);
    throw new PayloadTooLargeError(limitBytes);
  }
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limitBytes) {
      await reader.cancel().catch(() => undefined);
      throw new PayloadTooLargeError(limitBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(new ArrayBuffer(total));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * The form data of a urlencoded or multipart POST read within the limit; null for any other
 * content type or a body that does not parse. Throws PayloadTooLargeError.
 */
export async function readBoundedForm(
  request: Request,
  limitBytes: number = PUBLIC_FORM_BODY_LIMIT_BYTES,
): Promise<FormData | null> {
  const type = request.headers.get("content-type") ?? "";
  if (!FORM_TYPES.some((formType) => type.toLowerCase().startsWith(formType))) return null;
  const bytes = await readBoundedBody(request, limitBytes);
  try {
    // The bytes are bounded now; the platform's parser does the rest (boundaries, encodings).
    return await new Response(bytes, { headers: { "content-type": type } }).formData();
  } catch {
    return null; // A malformed body is a bad request, answered by the caller.
  }
}

export interface BoundedRequest {
  /** The same request, whose body errors with PayloadTooLargeError past the limit. */
  request: Request;
  /** Whether the body went over the limit (however the reader handled the error). */
  exceeded(): boolean;
}

/**
 * The request with its body counted while it streams, for a handler that parses the body itself
 * (`request.formData()` of an upload): at the first byte over the limit the body errors with
 * PayloadTooLargeError and the upload is cancelled, so the parser never holds more than the
 * limit. `exceeded()` tells the caller afterwards, because a handler may catch the parse error
 * and answer something else ("no file").
 */
export function boundRequestBody(request: Request, limitBytes: number): BoundedRequest {
  let over = false;
  const source = request.body;
  if (!source) return { request, exceeded: () => false };
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  let total = 0;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      reader ??= source.getReader();
      const { done, value } = await reader.read();
      if (done) return controller.close();
      total += value.byteLength;
      if (total > limitBytes) {
        over = true;
        await reader.cancel().catch(() => undefined);
        controller.error(new PayloadTooLargeError(limitBytes));
        return;
      }
      controller.enqueue(value);
    },
    async cancel(reason) {
      await (reader ?? source).cancel(reason).catch(() => undefined);
    },
  });
  const bounded = new Request(request.url, {
    method: request.method,
    headers: request.headers,
    body,
    signal: request.signal,
    duplex: "half",
  } as RequestInit);
  return { request: bounded, exceeded: () => over };
}
