import type { IncomingMessage, Server, ServerResponse } from "node:http";

/** How often idle keep-alive connections are closed while the server drains. */
const IDLE_SWEEP_MS = 100;

export interface RequestDrain {
  /** Called by the request listener for each request, first thing. */
  track(request: IncomingMessage, response: ServerResponse): void;
  /** Every answer from now on (and each not yet begun) closes its connection after it. */
  beginDraining(): void;
  /**
   * Stops accepting connections and waits for the requests in flight until `deadline` (epoch
   * ms), closing each keep-alive connection as soon as it is idle; then cuts what is left.
   * Resolves with the requests cut, as "METHOD /path" (no query: it may carry a token).
   */
  closeServer(deadline: number): Promise<string[]>;
}

/**
 * The requests a server is answering, for a graceful stop. Node.js's `server.close()` stops
 * accepting and closes the connections idle at that moment, but a keep-alive connection whose
 * request finishes later stays open until its keep-alive timeout, and nothing says which requests
 * are still running: both are handled here.
 */
export function trackRequestsForDrain(server: Server): RequestDrain {
  const open = new Map<ServerResponse, string>();
  let draining = false;

  const closeAfterAnswer = (response: ServerResponse) => {
    if (!response.headersSent) response.setHeader("Connection", "close");
  };
  const beginDraining = () => {
    draining = true;
    for (const response of open.keys()) closeAfterAnswer(response);
  };

  return {
    track(request, response) {
      open.set(response, `${request.method} ${(request.url ?? "/").split("?")[0]}`);
      if (draining) closeAfterAnswer(response);
      response.once("close", () => open.delete(response));
    },
    beginDraining,
    async closeServer(deadline) {
      beginDraining();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const sweep = setInterval(() => server.closeIdleConnections(), IDLE_SWEEP_MS);
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<"late">((resolve) => {
        timer = setTimeout(() => resolve("late"), Math.max(0, deadline - Date.now()));
      });
      const outcome = await Promise.race([closed, late]);
      clearTimeout(timer);
      clearInterval(sweep);
      if (outcome !== "late") return [];
      const cut = [...open.values()];
      server.closeAllConnections();
      await closed;
      return cut;
    },
  };
}
