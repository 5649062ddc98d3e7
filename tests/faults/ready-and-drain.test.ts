import http from "node:http";
import { afterAll, describe, expect, it } from "vitest";
import { sleep, waitFor } from "./harness/deadline";
import { setUpFaultEnvironment } from "./harness/fault-environment";
import { storedSignatureCopies } from "./harness/fault-queries";
import { startSurge } from "./harness/surge";

const WEB_PORT = 3412;
/** Long enough for this machine, busy with a test run, to ask /api/ready in time. */
const DRAIN_SECONDS = 3;
/** scripts/serve.ts: the grace, then at most DRAIN_BOUND_MS (10 s) for what is in flight. */
const EXIT_BOUND_MS = DRAIN_SECONDS * 1000 + 10_000;

// The web server inherits this process's environment (runWebServer): the grace it drains with.
const drainSecondsBefore = process.env.VIGIL_DRAIN_SECONDS;
process.env.VIGIL_DRAIN_SECONDS = String(DRAIN_SECONDS);
afterAll(() => {
  if (drainSecondsBefore === undefined) delete process.env.VIGIL_DRAIN_SECONDS;
  else process.env.VIGIL_DRAIN_SECONDS = drainSecondsBefore;
});

const environment = setUpFaultEnvironment(WEB_PORT);

type Answer = { status: number; body: string } | { error: string };

/** GET on a connection of its own: the answer, or the error code when none could be opened. */
function getOnNewConnection(url: string): Promise<Answer> {
  return new Promise((resolve) => {
    const request = http.get(url, { agent: false, timeout: 5_000 }, (response) => {
      let body = "";
      response.on("data", (chunk: Buffer) => (body += chunk.toString()));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on("timeout", () => request.destroy(new Error("ETIMEDOUT")));
    request.on("error", (error: NodeJS.ErrnoException) =>
      resolve({ error: error.code ?? error.message }),
    );
  });
}

/**
 * The sign form's POST with its body held open half-way until `release` resolves: a request in
 * flight for as long as the test likes, answered only once its body is whole.
 */
function heldBodySender(
  release: Promise<void>,
  on: { open: () => void; answer: (headers: http.IncomingHttpHeaders) => void },
) {
  return (url: string, init: RequestInit) =>
    new Promise<Response>((resolve, reject) => {
      const body = Buffer.from(String(init.body));
      const headers = {
        ...(init.headers as Record<string, string>),
        "content-length": String(body.length),
      };
      const request = http.request(url, { method: "POST", headers, agent: false }, (answer) => {
        on.answer(answer.headers);
        answer.resume();
        answer.on("end", () => {
          const names = ["location", "retry-after"] as const;
          const kept = names.flatMap((name) => {
            const value = answer.headers[name];
            return typeof value === "string" ? [[name, value] as [string, string]] : [];
          });
          resolve(new Response(null, { status: answer.statusCode, headers: kept }));
        });
      });
      request.on("error", reject);
      request.write(body.subarray(0, body.length >> 1), () => on.open());
      void release.then(() => request.end(body.subarray(body.length >> 1)));
    });
}

describe("a web server stopped with SIGTERM", () => {
  it("says it is draining, refuses new connections, finishes the request in flight and exits 0", async () => {
    const { web, database, petition } = environment();
    const readyUrl = `${web.baseUrl}/api/ready`;
    expect(await getOnNewConnection(readyUrl)).toMatchObject({ status: 200 });

    // A signature on its way: its form body half sent when the stop begins.
    let releaseBody!: () => void;
    const release = new Promise<void>((resolve) => (releaseBody = resolve));
    let bodyStarted!: () => void;
    const started = new Promise<void>((resolve) => (bodyStarted = resolve));
    const marker = `drain-${Date.now()}`;
    let heldAnswerHeaders: http.IncomingHttpHeaders | undefined;
    const surge = startSurge({
      baseUrl: web.baseUrl,
      slug: petition.slug,
      letterVersionId: petition.versionId,
      marker,
      concurrency: 1,
      send: heldBodySender(release, {
        open: bodyStarted,
        answer: (headers) => (heldAnswerHeaders = headers),
      }),
    });
    await started;
    // Let the server see the request begin before the signal arrives.
    await sleep(300);

    const stoppedAt = Date.now();
    const exitCode = web.terminate();
    const stopping = surge.stop();

    // At once: not ready, while the port is still open for the grace.
    const readyWhileDraining = await waitFor(
      "/api/ready to answer 503 after SIGTERM",
      async () => {
        const answer = await getOnNewConnection(readyUrl);
        return "status" in answer && answer.status === 503 ? answer : undefined;
      },
      { timeoutMs: DRAIN_SECONDS * 1000, intervalMs: 50 },
    );
    expect(JSON.parse((readyWhileDraining as { body: string }).body)).toEqual({
      status: "unavailable",
      instance: "draining",
    });

    // After the grace: the port is closed to new connections.
    await waitFor(
      "new connections to be refused",
      async () => {
        const answer = await getOnNewConnection(readyUrl);
        return "error" in answer && answer.error === "ECONNREFUSED" ? true : undefined;
      },
      { timeoutMs: DRAIN_SECONDS * 1000 + 3_000, intervalMs: 100 },
    );

    // The request in flight is still answered, and its connection closed after the answer.
    releaseBody();
    const [attempt] = await stopping;
    expect(attempt, "the held submission").toMatchObject({
      status: 303,
      acknowledged: true,
    });
    expect(heldAnswerHeaders?.connection, "the answer closes its connection").toBe("close");
    expect(await exitCode, "exit code").toBe(0);
    expect(Date.now() - stoppedAt, "ms from SIGTERM to exit").toBeLessThan(EXIT_BOUND_MS);
    expect([...(await storedSignatureCopies(database.url, marker)).values()]).toEqual([1]);
  });
});
