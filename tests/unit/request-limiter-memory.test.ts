import { AsyncLocalStorage } from "node:async_hooks";
import { setImmediate as nextTurn } from "node:timers/promises";
import v8 from "node:v8";
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { captureRootAsyncContext } from "@/lib/lifecycle/root-async-context";
import { createRequestLimiter } from "@/lib/rate-limit/request-limiter";

/**
 * The in-memory request limit (one instance, no Redis) keeps a timer per client address for its
 * window. Counted inside a request, that timer must not keep the request's async context (Next.js
 * keeps the request, its response and its cache there) alive for the window: a crowd of
 * different addresses held hundreds of megabytes (lib/lifecycle/root-async-context.ts).
 */

// A full garbage collection on demand (the test process runs without --expose-gc).
v8.setFlagsFromString("--expose-gc");
const collectGarbage = vm.runInNewContext("gc") as () => void;

// As the web server does before it serves anything (scripts/serve.ts).
captureRootAsyncContext();

/** A stand-in for Next.js's request stores: what a request's async context carries. */
const requestStore = new AsyncLocalStorage<{ response: Uint8Array }>();

/** Runs `work` as a request would, and says whether that request's store is still reachable after it. */
async function isKeptAliveAfter(work: () => Promise<unknown>): Promise<boolean> {
  let kept: WeakRef<object> | undefined;
  await (async () => {
    const store = { response: new Uint8Array(64 * 1024) };
    kept = new WeakRef(store);
    await requestStore.run(store, work);
  })();
  await nextTurn();
  collectGarbage();
  return kept!.deref() !== undefined;
}

describe("the in-memory request limit", () => {
  it("keeps no request's context alive for its window", async () => {
    const limiter = createRequestLimiter(
      "test-memory",
      { points: 10, durationSeconds: 60 },
      { redis: () => null },
    );

    expect(await isKeptAliveAfter(() => limiter.count("address-1"))).toBe(false);
    // Still counted: the second request of the same address sees the first.
    expect((await limiter.count("address-1")).remaining).toBe(8);
  });

  it("(the check itself) sees a timer made inside a request keep that request alive", async () => {
    expect(
      await isKeptAliveAfter(async () => {
        setTimeout(() => undefined, 60_000).unref();
      }),
    ).toBe(true);
  });
});
