import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { trackRequestsForDrain, type RequestDrain } from "../../scripts/lib/request-drain";

/**
 * A plain Node.js server with the drain of Vigil's web server (scripts/lib/web-server.ts):
 * `/slow` answers when the test says, `/` at once.
 */
async function startServer() {
  const server = http.createServer();
  const drain: RequestDrain = trackRequestsForDrain(server);
  const slowAnswers: (() => void)[] = [];
  server.on("request", (request, response) => {
    drain.track(request, response);
    if (request.url?.startsWith("/slow")) slowAnswers.push(() => response.end("slow"));
    else response.end("quick");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { server, drain, port, answerSlow: () => slowAnswers.shift()?.() };
}

/** A GET, by default on a keep-alive agent; the status and Connection header, or the error code. */
function get(port: number, path: string, agent: http.Agent | false = false) {
  return new Promise<{ status: number; connection?: string } | { error: string }>((resolve) => {
    const request = http.get({ host: "127.0.0.1", port, path, agent }, (response) => {
      response.resume();
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, connection: response.headers.connection }),
      );
    });
    request.on("error", (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? "" }));
  });
}

let servers: http.Server[] = [];
afterEach(() => {
  for (const server of servers) server.closeAllConnections();
  servers = [];
});

describe("draining Vigil's web server", () => {
  it("finishes a request in flight, closes idle keep-alive connections and refuses new ones", async () => {
    const { server, drain, port, answerSlow } = await startServer();
    servers.push(server);
    const agent = new http.Agent({ keepAlive: true });
    // An idle keep-alive connection, and a request in flight on another.
    expect(await get(port, "/", agent)).toMatchObject({ status: 200, connection: "keep-alive" });
    const slow = get(port, "/slow?token=secret", agent);
    await new Promise((resolve) => setTimeout(resolve, 100));

    const closing = drain.closeServer(Date.now() + 5_000);

    expect(await get(port, "/")).toEqual({ error: "ECONNREFUSED" });
    answerSlow();
    expect(await slow).toEqual({ status: 200, connection: "close" });
    // Resolves only once every connection has closed, the idle keep-alive one included.
    expect(await closing).toEqual([]);
    agent.destroy();
  });

  it("answers with Connection: close while draining, before the port closes", async () => {
    const { server, drain, port } = await startServer();
    servers.push(server);

    drain.beginDraining();

    expect(await get(port, "/", new http.Agent({ keepAlive: true }))).toEqual({
      status: 200,
      connection: "close",
    });
    await drain.closeServer(Date.now() + 1_000);
  });

  it("cuts what is still running at the deadline and says what it was, without the query", async () => {
    const { server, drain, port } = await startServer();
    servers.push(server);
    const slow = get(port, "/slow?token=secret");
    await new Promise((resolve) => setTimeout(resolve, 100));

    const cut = await drain.closeServer(Date.now() + 300);

    expect(cut).toEqual(["GET /slow"]);
    expect(await slow).toEqual({ error: "ECONNRESET" });
  });
});
