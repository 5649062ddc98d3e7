import { describe, expect, it } from "vitest";
import { captureRootAsyncContext, outsideRequests } from "@/lib/lifecycle/root-async-context";
import { chooseRequestId, currentRequestId, runWithRequestId } from "@/lib/logging/request-id";

// As the web server does before it serves anything (scripts/serve.ts).
captureRootAsyncContext();

describe("a request's id", () => {
  it("is new for a client, whatever X-Request-Id it sends", () => {
    const id = chooseRequestId("make-my-lines-look-like-yours", false);

    expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(chooseRequestId(undefined, false)).not.toBe(id);
  });

  it("is a trusted proxy's, so that its log and Vigil's share it", () => {
    expect(chooseRequestId("proxy-7f3a9c21", true)).toBe("proxy-7f3a9c21");
  });

  it("is new when even a trusted proxy's would break a log line", () => {
    expect(chooseRequestId("bad id\nwith a newline", true)).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(chooseRequestId("x".repeat(200), true)).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it("follows the request's asynchronous work, and not a timer started outside it", async () => {
    const seen = await runWithRequestId("request-1234", async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      const inside = currentRequestId();
      const outside = outsideRequests(() => currentRequestId());
      return { inside, outside };
    });

    expect(seen).toEqual({ inside: "request-1234", outside: undefined });
    expect(currentRequestId()).toBeUndefined();
  });
});
