import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import next from "next";
import { MAX_UPLOAD_BYTES } from "@/lib/media/upload-limits";
import { applyClientHeaders, type TrustProxy } from "@/lib/security/client-address";
import { installConsoleFilter } from "@/lib/logging/console-filter";
import { log } from "@/lib/logging/log";
import { env } from "@/lib/env";
import { setInstancePhase } from "@/lib/lifecycle/instance-state";
import { createPageRequestPreparer, refusePageRequest } from "./page-requests";
import { trackRequestsForDrain } from "./request-drain";
import { sendLargeStringBodiesAsBytes } from "./string-bodies";
import {
  REQUEST_ID_HEADER,
  chooseRequestId,
  runWithRequestId,
  currentRequestScope,
} from "@/lib/logging/request-id";

/**
 * Vigil's web server: Next.js behind a plain Node.js HTTP server (Next.js's documented custom
 * server API), because only here is the socket known. Route handlers and server actions see
 * headers, and Next.js itself fills X-Forwarded-For only when it is absent, so without this a
 * client chooses the address it is rate-limited and audited under (lib/security/client-address.ts).
 * Here too each request gets its id (X-Request-Id, lib/logging/request-id.ts) for the log, a body
 * no route would read is refused before Next.js starts reading it, and a page request gets what
 * every page needs (scripts/lib/page-requests.ts) without Next.js running proxy.ts for it.
 */

/**
 * No route reads more than this (the media upload and its form fields): a longer declared body is
 * refused before Next.js sees the request. Each route's own, smaller limit is checked by the route
 * (page-requests.ts for pages, staffRoute and readBoundedBody for route handlers).
 */
export const LARGEST_REQUEST_BODY_BYTES = MAX_UPLOAD_BYTES + 64 * 1024;

/**
 * How long the server keeps reading (and dropping) a body it answered without reading, so that
 * the client sees the answer rather than a reset connection; then the connection is closed. A body
 * that never ends is cut off here.
 */
const UNREAD_BODY_GRACE_MS = 2_000;

export interface WebServer {
  server: Server;
  /**
   * The first step of a graceful stop: /api/ready answers 503 ("draining") and every answer from
   * now on closes its connection, while requests are still accepted (scripts/serve.ts waits
   * VIGIL_DRAIN_SECONDS here, for a load balancer that polls /api/ready).
   */
  beginDraining(): void;
  /**
   * Stops accepting connections, closes idle keep-alive ones, lets requests in flight finish
   * until `deadline` (epoch ms; 5 s from now by default), then cuts the rest, and closes
   * Next.js. Resolves with the requests it cut ("GET /path"), none when all finished.
   */
  close(deadline?: number): Promise<{ cut: string[] }>;
}

/** Prepares Next.js (a production build, or `dev` with hot reload) and listens on `port`. */
export async function startWebServer(options: {
  dev: boolean;
  port: number;
  hostname?: string;
  trust: TrustProxy;
}): Promise<WebServer> {
  // Before Next.js starts, so that its own start-up and error lines go through it too.
  installConsoleFilter();
  // /api/ready answers 503 until Next.js is prepared (its instrumentation hook, which starts the
  // background workers, has run) and the port is open (lib/lifecycle/instance-state.ts).
  setInstancePhase("starting");
  const server = createServer();
  const requests = trackRequestsForDrain(server);
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
  const preparePageRequest = createPageRequestPreparer({ dev: options.dev });
  server.on("request", (request, response) => {
    const peer = request.socket.remoteAddress;
    const requestId = chooseRequestId(
      request.headers[REQUEST_ID_HEADER],
      Boolean(peer && options.trust(peer, 0)),
    );
    // The app (onRequestError) reads the id from this header; the client gets it back.
    request.headers[REQUEST_ID_HEADER] = requestId;
    response.setHeader("X-Request-Id", requestId);
    requests.track(request, response);
    applyClientHeaders(request, options.trust);
    closeAfterUnreadBody(request, response);
    if (env.VIGIL_LARGE_BODIES_AS_BYTES) sendLargeStringBodiesAsBytes(response);
    if (declaredBodyBytes(request) > LARGEST_REQUEST_BODY_BYTES) {
      response.writeHead(413, { "Content-Type": "text/plain; charset=utf-8" });
      response.end("Request body too large.\n");
      return;
    }
    preparePageRequest(request, response);
    const refusal = refusePageRequest(request);
    if (refusal) {
      void sendWebResponse(response, refusal);
      return;
    }
    runWithRequestId(requestId, () => {
      answerUnavailableWhenAsked(request, response);
      handle(request, response).catch((error: unknown) => {
        log.error("Request failed", error);
        if (!response.headersSent) response.statusCode = 500;
        response.end();
      });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, () => {
      server.off("error", reject);
      resolve();
    });
  });
  setInstancePhase("serving");
  return {
    server,
    beginDraining() {
      setInstancePhase("draining");
      requests.beginDraining();
    },
    async close(deadline = Date.now() + 5_000) {
      setInstancePhase("draining");
      const cut = await requests.closeServer(deadline);
      await app.close();
      return { cut };
    },
  };
}

/**
 * A form posted without JavaScript whose action met a database outage (answerUnavailable in
 * lib/logging/request-id.ts) is answered 503 with Retry-After: the page Next.js renders (the form
 * with what was typed and "nothing was saved") stays the body. Posts from Next.js's client
 * (a Next-Action header) keep their status, which that client needs to read the action's state.
 */
function answerUnavailableWhenAsked(request: IncomingMessage, response: ServerResponse): void {
  if (request.method !== "POST" || request.headers["next-action"]) return;
  const scope = currentRequestScope();
  const writeHead = response.writeHead;
  response.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    const retryAfter = scope?.unavailableRetryAfterSeconds;
    if (retryAfter !== undefined) {
      this.setHeader("Retry-After", String(retryAfter));
      this.setHeader("Cache-Control", "no-store");
      args[0] = 503;
      if (typeof args[1] === "string") args.splice(1, 1);
    }
    return (writeHead as (...rest: unknown[]) => ServerResponse).apply(this, args);
  } as ServerResponse["writeHead"];
}

function declaredBodyBytes(request: IncomingMessage): number {
  const declared = request.headers["content-length"];
  return declared && /^\d+$/.test(declared) ? Number(declared) : 0;
}

/**
 * When the answer is sent before the body was read (a 413, a refusal), the rest of the body is
 * read and dropped for a moment, then the connection is closed: memory stays flat, and a body that
 * never ends does not keep the connection forever. Closing at once (Connection: close) could reset
 * the connection before the client has read the answer.
 */
function closeAfterUnreadBody(request: IncomingMessage, response: ServerResponse): void {
  // Taken now: Node.js detaches the socket from the request once the answer is finished.
  const socket = request.socket;
  response.once("finish", () => {
    if (request.complete || socket.destroyed) return;
    request.resume();
    const timer = setTimeout(() => socket.destroy(), UNREAD_BODY_GRACE_MS);
    timer.unref();
    request.once("end", () => clearTimeout(timer));
    socket.once("close", () => clearTimeout(timer));
  });
}

async function sendWebResponse(response: ServerResponse, answer: Response): Promise<void> {
  response.statusCode = answer.status;
  answer.headers.forEach((value, name) => response.setHeader(name, value));
  response.end(Buffer.from(await answer.arrayBuffer()));
}
