import { AsyncResource } from "node:async_hooks";

/**
 * The process's own async context, outside every request, for work a request starts that must
 * outlive it without holding on to it.
 *
 * A timer or other async resource created while a request is handled carries that request's
 * AsyncLocalStorage stores (Next.js keeps the request, its response and its cache in them) until
 * the resource is gone. The in-memory rate limit (lib/rate-limit/request-limiter.ts) sets a timer
 * per client address that lives a minute: each kept its request's whole context alive (about
 * 55 KB), so a crowd of 200 requests a second from different addresses held some 650 MB, and the
 * collector's pauses stretched the live search's slowest answers (bench/directory.ts; a heap
 * snapshot named the path: timer → kResourceStore → Next.js's after-context → ServerResponse).
 *
 * The web server captures the context once, at start, before it serves anything (scripts/serve.ts;
 * on globalThis because Next.js's bundles load their own copy of this module). Where nothing was
 * captured (tests, scripts) there are no requests to hold, and `outsideRequests` runs `work` as
 * it is.
 */
const ROOT_KEY = Symbol.for("vigil.rootAsyncContext");
const registry = globalThis as { [ROOT_KEY]?: AsyncResource };

/** Call at process start, outside any request; later calls keep the first capture. */
export function captureRootAsyncContext(): void {
  registry[ROOT_KEY] ??= new AsyncResource("vigil.root");
}

/**
 * Runs `work` in the context captured at start: what it creates (timers, promises) carries no
 * request's stores. A promise it returns is awaited by the caller in the caller's own context.
 */
export function outsideRequests<T>(work: () => T): T {
  const root = registry[ROOT_KEY];
  return root ? root.runInAsyncScope(work) : work();
}
