import { createServer, type Server } from "node:http";
import next from "next";
import { applyClientHeaders, type TrustProxy } from "@/lib/security/client-address";

/**
 * Vigil's web server: Next.js behind a plain Node.js HTTP server (Next.js's documented custom
 * server API), because only here is the socket known. Route handlers and server actions see
 * headers, and Next.js itself fills X-Forwarded-For only when it is absent, so without this a
 * client chooses the address it is rate-limited and audited under (lib/security/client-address.ts).
 */

export interface WebServer {
  server: Server;
  /** Stops accepting connections, lets open requests finish (up to `graceMs`), closes Next.js. */
  close(graceMs?: number): Promise<void>;
}

/** Prepares Next.js (a production build, or `dev` with hot reload) and listens on `port`. */
export async function startWebServer(options: {
  dev: boolean;
  port: number;
  hostname?: string;
  trust: TrustProxy;
}): Promise<WebServer> {
  const server = createServer();
  const app = next({
    dev: options.dev,
    dir: process.cwd(),
    hostname: options.hostname ?? "localhost",
    port: options.port,
    // Next.js attaches its own "upgrade" listener (the dev server's hot-reload socket) to this
    // server on the first request. No second listener is added here: in Next.js 16
    // app.getUpgradeHandler() does nothing for hot reload, and two listeners on one socket break it.
    httpServer: server,
  });
  await app.prepare();
  const handle = app.getRequestHandler();
  server.on("request", (request, response) => {
    applyClientHeaders(request, options.trust);
    handle(request, response).catch((error: unknown) => {
      console.error("[vigil] Request failed:", error);
      if (!response.headersSent) response.statusCode = 500;
      response.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, () => {
      server.off("error", reject);
      resolve();
    });
  });
  return {
    server,
    async close(graceMs = 5_000) {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const timer = setTimeout(() => server.closeAllConnections(), graceMs);
      await closed;
      clearTimeout(timer);
      await app.close();
    },
  };
}
