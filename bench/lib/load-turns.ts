import autocannon from "autocannon";

/**
 * Closed loads in turns, with every response's latency kept, so that one case measured in
 * several short turns (alternating with other cases, as this shared machine's speed drifts) gets
 * its percentiles over all its responses rather than an average of per-turn percentiles. The
 * first answer on each connection of a turn is counted but not timed (`Samples.firstAnswers`).
 * Requests still in flight when a turn ends are not answered (autocannon closes the connections)
 * and not counted: a case whose answers take about as long as a turn needs longer turns
 * (bench/directory.ts gives slow cases longer ones).
 */

export interface LoadCase {
  label: string;
  /** A fixed path, or the next path for each request (a stream of different queries). */
  path: string | (() => string);
  /** Request headers, e.g. a staff session's cookie. */
  headers?: Record<string, string>;
  /**
   * Each request from its own client address (X-Forwarded-For, which the server trusts from this
   * machine only when started with VIGIL_TRUSTED_PROXIES), as a crowd's requests come: a per-address
   * limit then costs what it costs but trips for no one, as in bench/signing.ts.
   */
  addressPerRequest?: boolean;
}

let addresses = 0;

/** The next client address of a crowd (10.0.0.1, 10.0.0.2, …). */
function nextAddress(): string {
  const n = ++addresses;
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
}

export interface Samples {
  /** Latency of each answered request but its connection's first, in ms. */
  latencies: number[];
  /**
   * Answers that were their connection's first in a turn: counted in requests per second and
   * bytes, not in the latencies. At a turn's start the load opens its 20 connections at once, and
   * their first answers wait behind one another's set-up (a fresh connection costs the server
   * about 5 ms, 20 at once up to 100 ms on an idle server) and the first requests of the others:
   * of the answers over 200 ms in eight 3 s turns of the live search at 100,000, 71 were a
   * connection's first and 6 a later one. In a case of some 900 answers a turn, those 20 alone
   * made its p99 a figure of the load's start, not of the server under a surge; a visitor pays a
   * connection's set-up once, not per keystroke.
   */
  firstAnswers: number;
  /** Bytes of each answered response, headers included. */
  bytes: number;
  /** Answers outside 2xx, connection errors and timeouts. */
  failures: number;
  /** Seconds under load. */
  seconds: number;
}

export function emptySamples(): Samples {
  return { latencies: [], firstAnswers: 0, bytes: 0, failures: 0, seconds: 0 };
}

/** One turn of `seconds` at `connections`; adds what it saw to `into` (unless a warm-up). */
export function runTurn(
  baseUrl: string,
  loadCase: LoadCase,
  options: { seconds: number; connections: number },
  into?: Samples,
): Promise<void> {
  const { path, addressPerRequest } = loadCase;
  const rotating = typeof path === "function" || addressPerRequest === true;
  const pathOf = typeof path === "function" ? path : () => path;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: rotating ? baseUrl : `${baseUrl}${path}`,
        connections: options.connections,
        duration: options.seconds,
        headers: loadCase.headers,
        ...(rotating
          ? {
              requests: [
                {
                  setupRequest: (request) => ({
                    ...request,
                    path: pathOf(),
                    ...(addressPerRequest
                      ? { headers: { ...request.headers, "x-forwarded-for": nextAddress() } }
                      : {}),
                  }),
                },
              ],
            }
          : {}),
      },
      (error, result) => {
        if (error) return reject(error);
        if (into) {
          into.failures += result.errors + result.non2xx;
          into.seconds += options.seconds;
        }
        resolve();
      },
    );
    if (into) {
      const answered = new Set<unknown>();
      instance.on("response", (client, statusCode, bytes, latency) => {
        if (statusCode < 200 || statusCode >= 300) return;
        into.bytes += bytes;
        if (answered.has(client)) into.latencies.push(latency);
        else into.firstAnswers += 1;
        answered.add(client);
      });
    }
  });
}

/**
 * Waits until the server answers `probePath` quickly again. A turn that ends with slow requests
 * in flight leaves the server rendering them after the load has gone (a closed connection does
 * not stop a render), and the next case's turn would pay for them.
 */
export async function settle(baseUrl: string, probePath: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  let quick = 0;
  while (quick < 2 && Date.now() < deadline) {
    const started = performance.now();
    await fetch(`${baseUrl}${probePath}`).then((answer) => answer.arrayBuffer());
    quick = performance.now() - started < 100 ? quick + 1 : 0;
  }
}

export interface Figures {
  label: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  kilobytesPerResponse: number;
  responses: number;
  failures: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

export function figuresOf(label: string, samples: Samples): Figures {
  const sorted = [...samples.latencies].sort((a, b) => a - b);
  const responses = sorted.length + samples.firstAnswers;
  return {
    label,
    requestsPerSecond: samples.seconds > 0 ? responses / samples.seconds : 0,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    kilobytesPerResponse: responses > 0 ? samples.bytes / responses / 1024 : Number.NaN,
    responses,
    failures: samples.failures,
  };
}
