import { AsyncLocalStorage } from "node:async_hooks";
import { randomBytes } from "node:crypto";

/**
 * Each request's id: assigned by Vigil's web server (scripts/lib/web-server.ts), sent back as
 * X-Request-Id, handed to the app in this request header, and kept in AsyncLocalStorage so that
 * every log line written while the request runs carries it (lib/logging/log.ts). An operator goes
 * from a user's "Error reference" (the error's digest) to the log line with that digest, and from
 * its requestId to every other line of the same request.
 *
 * No "server-only": the web server (plain Node.js) imports this module too.
 */

export const REQUEST_ID_HEADER = "x-request-id";

/** What a trusted proxy's id may look like: short, printable, nothing to break a log line. */
const ACCEPTABLE_ID = /^[A-Za-z0-9._:-]{8,128}$/;

interface RequestScope {
  requestId: string;
  /** Set by `answerUnavailable`: the answer's status becomes 503 with this Retry-After. */
  unavailableRetryAfterSeconds?: number;
}

// One store per process: Next.js bundles its own copy of this module for the app, and the web
// server loads another through tsx; both must see the same storage.
const STORAGE = Symbol.for("vigil.request-scope");
const globalScope = globalThis as unknown as Record<symbol, AsyncLocalStorage<RequestScope>>;
const storage = (globalScope[STORAGE] ??= new AsyncLocalStorage<RequestScope>());

/** A new id: 16 random bytes, base64url (22 characters). */
export function createRequestId(): string {
  return randomBytes(16).toString("base64url");
}

/**
 * The id of a request: the one a trusted proxy sent (so a proxy's log and Vigil's share it), or
 * a new one. A client's own X-Request-Id is never believed: it could make its requests' log lines
 * look like someone else's.
 */
export function chooseRequestId(
  sentId: string | string[] | undefined,
  fromTrustedProxy: boolean,
): string {
  const sent = Array.isArray(sentId) ? sentId[0] : sentId;
  if (fromTrustedProxy && sent && ACCEPTABLE_ID.test(sent)) return sent;
  return createRequestId();
}

/** Runs `work` with `requestId` as the current request's id (for its whole async chain). */
export function runWithRequestId<T>(requestId: string, work: () => T): T {
  return storage.run({ requestId }, work);
}

/**
 * Makes the current request's answer a 503 with Retry-After, whatever status Next.js gives it (a
 * server action's form post re-renders its page with 200 and has no way to set either). Vigil's
 * web server applies it (scripts/lib/web-server.ts) to form posts without JavaScript; a post from
 * the JavaScript client keeps Next.js's status, because its client reads only a 200 answer, and
 * shows the state the action returned.
 */
export function answerUnavailable(retryAfterSeconds: number): void {
  const scope = storage.getStore();
  if (scope) scope.unavailableRetryAfterSeconds = retryAfterSeconds;
}

/**
 * The current request's scope, for the web server to read after the app has run (the answer's
 * head may be written from a callback outside the request's async chain).
 */
export function currentRequestScope(): Readonly<RequestScope> | undefined {
  return storage.getStore();
}

/** The id of the request being handled, if any. */
export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}
