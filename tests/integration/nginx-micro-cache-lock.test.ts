import { createServer, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startNginx, type RunningNginx } from "../../scripts/lib/nginx-proxy";

/**
 * deploy/nginx.conf's micro-cache lock, with Debian's nginx in front of a stand-in for a Vigil
 * instance (no build needed): pages that may not be kept must not queue behind one another, and a
 * page that may be kept is still rendered once for a burst of requests.
 */
const UPSTREAM_PORT = 5631;
const NGINX_PORT = 5632;
/** How long the stand-in takes to render a page kept by nobody (a page rendered per request). */
const PRIVATE_RENDER_MS = 300;

let upstream: Server;
let nginx: RunningNginx;
const rendered = new Map<string, number>();

beforeAll(async () => {
  upstream = createServer((request, response) => {
    const path = request.url ?? "/";
    rendered.set(path, (rendered.get(path) ?? 0) + 1);
    if (path.startsWith("/en/private")) {
      // As Next.js answers a page rendered per request.
      setTimeout(() => {
        response.writeHead(200, {
          "content-type": "text/html",
          "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate",
        });
        response.end("per request");
      }, PRIVATE_RENDER_MS);
      return;
    }
    // As Next.js answers a cached page (the micro-cache keeps it for its own second).
    setTimeout(() => {
      response.writeHead(200, {
        "content-type": "text/html",
        "cache-control": "s-maxage=31536000",
      });
      response.end("cached page");
    }, 10);
  });
  await new Promise<void>((resolve) => upstream.listen(UPSTREAM_PORT, "127.0.0.1", resolve));
  nginx = await startNginx(
    {
      listen: `127.0.0.1:${NGINX_PORT}`,
      upstreams: [`127.0.0.1:${UPSTREAM_PORT}`],
      distDir: ".next-h3-absent",
    },
    { quiet: true },
  );
});

afterAll(async () => {
  await nginx?.stop();
  await new Promise((resolve) => upstream?.close(resolve));
});

/** `count` requests for `path` at once; resolves with the slowest one's milliseconds. */
async function burst(path: string, count: number): Promise<number> {
  const started = performance.now();
  const times = await Promise.all(
    Array.from({ length: count }, async () => {
      const response = await fetch(`${nginx.url}${path}`);
      expect(response.status).toBe(200);
      await response.arrayBuffer();
      return performance.now() - started;
    }),
  );
  return Math.max(...times);
}

describe("the micro-cache's lock", () => {
  it("does not queue requests for a page that may not be kept behind one another", async () => {
    const slowest = await burst("/en/private?q=ivanov", 8);

    // All at once: one render plus the lock's short wait. Queued, 8 of them took about 4 s (a
    // waiter looks every 500 ms and then takes the lock for its own render).
    expect(slowest).toBeLessThan(PRIVATE_RENDER_MS + 900);
    expect(rendered.get("/en/private?q=ivanov")).toBe(8);
  });

  it("still renders a page that may be kept once for a burst of requests", async () => {
    await burst("/en/prisoners/first-time", 8);

    // Once, or twice on a machine so busy that the first render took longer than the lock waits.
    expect(rendered.get("/en/prisoners/first-time")).toBeLessThanOrEqual(2);
  });
});
