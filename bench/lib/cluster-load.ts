import http from "node:http";
import autocannon from "autocannon";

/** One turn of one case: what the table is made of. */
export interface Turn {
  requests: number;
  seconds: number;
  p50: number;
  p99: number;
  /** Answers that were not what the case expects (non-2xx, or not the sign form's 303), and errors. */
  failed: number;
}

/**
 * Closed-loop GETs from this process, `connections` at a time over keep-alive connections (as
 * bench/lib/server.ts), going round `paths` one request after another.
 */
export async function measureGets(options: {
  base: string;
  paths: readonly string[];
  headers?: Record<string, string>;
  seconds: number;
  connections: number;
}): Promise<Turn> {
  let next = 0;
  const result = await autocannon({
    url: `${options.base}${options.paths[0]}`,
    connections: options.connections,
    duration: options.seconds,
    headers: options.headers,
    requests: [
      {
        method: "GET",
        setupRequest: (request) => ({
          ...request,
          path: options.paths[next++ % options.paths.length]!,
        }),
      },
    ],
  });
  return {
    requests: result.requests.total,
    seconds: options.seconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failed: result.non2xx + result.errors,
  };
}

export interface SignForm {
  /** The sign form's address (the route handler), on nginx or on an instance. */
  url: string;
  /** The public origin the form is posted from (the instances check it). */
  origin: string;
  /** Where an accepted submission is sent (303): anything else is not acknowledged. */
  signedPath: string;
  /** The form's fields for submission number `n` (a new address each time). */
  fields(n: number): Record<string, string>;
}

/** The e-mail addresses whose submission was acknowledged, over every sign turn of a run. */
export const acknowledged = new Set<string>();
let sequence = 0;

/**
 * Closed-loop submissions of the sign form, `connections` at a time, each from a loopback
 * address of its own (127.x.y.z; Linux answers for all of 127/8) on a new connection, as a surge
 * of people sends them: nginx writes that address into X-Forwarded-For, and an instance addressed
 * directly sees it as the client's, so the per-IP limit stays on without any submission tripping
 * it. autocannon cannot choose a source address; node:http can. Every acknowledged address is
 * added to `acknowledged` for the count check.
 */
export async function measureSigns(options: {
  form: SignForm;
  seconds: number;
  connections: number;
}): Promise<Turn> {
  const latencies: number[] = [];
  let failed = 0;
  const until = performance.now() + options.seconds * 1_000;
  const loop = async () => {
    while (performance.now() < until) {
      const n = ++sequence;
      const fields = options.form.fields(n);
      const started = performance.now();
      try {
        const answer = await postFrom(options.form, fields, n);
        latencies.push(performance.now() - started);
        if (answer.status === 303 && answer.location === options.form.signedPath) {
          acknowledged.add(fields.email!);
        } else {
          failed++;
        }
      } catch {
        failed++;
      }
    }
  };
  await Promise.all(Array.from({ length: options.connections }, loop));
  latencies.sort((x, y) => x - y);
  const at = (share: number) =>
    latencies.length === 0 ? 0 : Math.round(latencies[Math.floor(share * (latencies.length - 1))]!);
  return {
    requests: latencies.length,
    seconds: options.seconds,
    p50: at(0.5),
    p99: at(0.99),
    failed,
  };
}

function postFrom(
  form: SignForm,
  fields: Record<string, string>,
  n: number,
): Promise<{ status: number; location: string | undefined }> {
  const body = new URLSearchParams(fields).toString();
  return new Promise((resolve, reject) => {
    const request = http.request(
      form.url,
      {
        method: "POST",
        // 127.1.0.1 onwards: never 127.0.0.1, the address the instances trust as nginx's.
        localAddress: `127.${1 + ((n >> 16) & 127)}.${(n >> 8) & 255}.${n & 255 || 1}`,
        agent: false,
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          "content-length": Buffer.byteLength(body),
          origin: form.origin,
        },
        timeout: 30_000,
      },
      (answer) => {
        answer.resume();
        answer.once("end", () =>
          resolve({ status: answer.statusCode ?? 0, location: answer.headers.location }),
        );
        answer.once("error", reject);
      },
    );
    request.once("timeout", () => request.destroy(new Error("timed out")));
    request.once("error", reject);
    request.end(body);
  });
}
